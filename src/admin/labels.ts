import type { ApprovalState, TransitionName } from '../workflow/approval'
import type { TranslationState, TranslationTransition } from '../workflow/translation'

export const STATE_LABELS: Record<ApprovalState, string> = {
  approved: 'Approved',
  archived: 'Archived',
  changes_requested: 'Changes requested',
  draft: 'Draft',
  in_review: 'In review',
  published: 'Published',
  unpublished: 'Unpublished',
}

export const TRANSLATION_LABELS: Record<TranslationState, string> = {
  approved: 'Approved',
  in_progress: 'In progress',
  in_review: 'In review',
  not_started: 'Not started',
  outdated: 'Outdated',
}

export const TRANSITION_LABELS: Record<'edit' | 'source_changed' | TransitionName | TranslationTransition, string> = {
  approve: 'Approve',
  approve_translation: 'Approve French',
  archive: 'Archive',
  edit: 'Edited after approval',
  publish: 'Publish',
  request_changes: 'Request changes',
  request_translation_changes: 'Request French changes',
  schedule: 'Schedule publication',
  source_changed: 'English changed',
  submit: 'Submit for review',
  submit_translation: 'Submit French for review',
  unpublish: 'Unpublish',
}

export const labelOf = (labels: Record<string, string>, value: unknown): string => (typeof value === 'string' ? (labels[value] ?? value) : '—')

const LANGUAGES: Record<string, string> = { en: 'English', fr: 'French' }

export const languageName = (locale: string): string => LANGUAGES[locale] ?? locale
