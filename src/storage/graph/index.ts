// The Graph adapter: one client for SharePoint Online and the local emulator, and the stores on it.
export { createGraphClient, type CallOptions, type GraphClientConfig, type GraphHttp } from './client';
export { GraphRequestError, parseRetryAfter, toGraphRequestError } from './errors';
export { DEFAULT_RETRY_POLICY, type RetryPolicy, type TokenProvider } from './middleware';
export { runBatch, MAX_BATCH_SIZE, type BatchRequest, type BatchResult } from './batch';
export { readAllPages, type GraphPage } from './paging';
export { resolveSiteId, sitePath, SiteLists } from './site';
export { provision, listCreationBody, type ListProvisionReport, type ProvisionReport } from './provision';
export { GraphAcknowledgementStore, type BadRow, type DeltaPage, type GraphAcknowledgementDelta, type GraphAcknowledgementStoreOptions } from './acknowledgement-store';
export { GraphMeetingCriteriaStore } from './meeting-criteria-store';
export { GraphIndicatorStore } from './indicator-store';
export { ListsContentStore, type ListsContentStoreOptions } from './lists-content-store';
export { importContent, type ListImportReport } from './content-import';
export { AppendFailedError, InvalidAcknowledgementError } from '../append-errors';
export { auditAuthors, type AuthorAudit, type AuthorMismatch } from './author-audit';
