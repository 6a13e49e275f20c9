// Check a document: paste or open a draft, see the fitting criteria and decide on them.
export { CheckDocumentPage } from './components/check-document-page';
