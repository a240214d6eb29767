/**
 * Component paths for Payload's import map. They name the package's entry points (package.json
 * `exports`), not files of this repository, so they resolve the same from an app that installs the
 * plugin as from this one (which reaches itself by its own name).
 */
export const PACKAGE_NAME = 'bilingual-editorial-cms'
const rsc = `${PACKAGE_NAME}/rsc`
const client = `${PACKAGE_NAME}/client`

export const ADMIN_COMPONENTS = {
  changesView: `${rsc}#ChangesView`,
  myWorkDashboard: `${rsc}#MyWorkDashboard`,
  myWorkLink: `${rsc}#MyWorkLink`,
  myWorkView: `${rsc}#MyWorkView`,
  noDiff: `${rsc}#NoDiff`,
  panel: `${rsc}#WorkflowPanel`,
  headerStatus: `${rsc}#WorkflowHeaderStatus`,
  publishButton: `${rsc}#WorkflowPublishButton`,
  saveDraftButton: `${rsc}#WorkflowSaveDraftButton`,
  sourceBeside: `${rsc}#SourceBeside`,
  unpublishButton: `${rsc}#WorkflowUnpublishButton`,
  xliffButtons: `${client}#XliffButtons`,
} as const
