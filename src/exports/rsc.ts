// The plugin's server components, for Payload's import map: `bilingual-editorial-cms/rsc#WorkflowPanel`.
export { ChangesView } from '../admin/changes/ChangesView'
export { NoDiff } from '../admin/changes/NoDiff'
export { MyWorkDashboard } from '../admin/MyWorkDashboard'
export { MyWorkLink } from '../admin/MyWorkLink'
export { MyWorkView } from '../admin/MyWorkView'
export { SourceBeside } from '../admin/SourceBeside'
export {
  WorkflowHeaderStatus,
  WorkflowPublishButton,
  WorkflowSaveDraftButton,
  WorkflowUnpublishButton,
} from '../admin/WorkflowDocumentButtons'
export { WorkflowPanel } from '../admin/WorkflowPanel'
