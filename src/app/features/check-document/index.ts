// Check a document: paste or open a draft (the tab), or check the Word document being written (the
// Word task pane); see the fitting criteria and decide on them.
export { CheckDocumentPage } from './components/check-document-page';
export { WordPanePage } from './components/word-pane-page';
