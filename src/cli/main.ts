export async function main(argv: string[]): Promise<number> {
  console.log('args', argv.slice(2));
  return 0;
}
