// Component paths for Payload's import map, relative to the app's `admin.importMap.baseDir`.
const base = '/src/admin'

export const ADMIN_COMPONENTS = {
  myWorkDashboard: `${base}/MyWorkDashboard#MyWorkDashboard`,
  myWorkLink: `${base}/MyWorkLink#MyWorkLink`,
  myWorkView: `${base}/MyWorkView#MyWorkView`,
  panel: `${base}/WorkflowPanel#WorkflowPanel`,
  headerStatus: `${base}/WorkflowDocumentButtons#WorkflowHeaderStatus`,
  publishButton: `${base}/WorkflowDocumentButtons#WorkflowPublishButton`,
  saveDraftButton: `${base}/WorkflowDocumentButtons#WorkflowSaveDraftButton`,
  sourceBeside: `${base}/SourceBeside#SourceBeside`,
  unpublishButton: `${base}/WorkflowDocumentButtons#WorkflowUnpublishButton`,
  xliffButtons: `${base}/XliffButtons#XliffButtons`,
} as const
