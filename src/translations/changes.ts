import { defineStrings } from './define'

/** The "changes since the last review" view and the translator's English comparison (keys start with `changes`). */
export const changesStrings = defineStrings(
  {
    changesTitle: 'Changes since the last review',
    changesTab: 'Changes',
    changesSinceApprove: 'Compared with the version {{name}} approved',
    changesSinceRequestChanges: 'Compared with the version on which {{name}} requested changes',
    changesSincePublished: 'Not reviewed yet: compared with the published version',
    changesFirstReview:
      'This is the first review: there is no reviewed or published version to compare with.',
    changesNone: 'No content has changed since then.',
    changesSomeone: 'someone',
    changesAllLanguages: 'All languages',
    changesLegend: 'Removed text is struck through, added text is underlined.',
    changesRemoved: 'Removed',
    changesAdded: 'Added',
    changesEmpty: '(empty)',
    changesFormatOnly: 'Only the formatting changed.',
    changesVersionsTitle: 'Saves that changed the content',
    changesVersionsHint: 'Saves that only moved the document through the workflow are not listed.',
    changesVersionsNone: 'No content saved since then.',
    changesVersionWhen: 'When',
    changesVersionWho: 'By',
    changesVersionLanguages: 'Languages changed',
    changesNotGoverned: 'This document has no review workflow.',
    changesSourceWas: '{{language}} when the translation was submitted',
    changesSourceNow: '{{language}} now',
    changesSourceOutdated:
      'The {{language}} changed since this translation was submitted: update the translation.',
    changesSourceCurrent: '{{language}}',
  },
  {
    changesTitle: 'Modifications depuis la dernière relecture',
    changesTab: 'Modifications',
    changesSinceApprove: 'Comparaison avec la version approuvée par {{name}}',
    changesSinceRequestChanges:
      'Comparaison avec la version sur laquelle {{name}} a demandé des modifications',
    changesSincePublished: 'Pas encore relu : comparaison avec la version publiée',
    changesFirstReview: 'Première relecture : aucune version relue ou publiée à laquelle comparer.',
    changesNone: 'Aucun contenu n’a changé depuis.',
    changesSomeone: 'quelqu’un',
    changesAllLanguages: 'Toutes les langues',
    changesLegend: 'Le texte supprimé est barré, le texte ajouté est souligné.',
    changesRemoved: 'Supprimé',
    changesAdded: 'Ajouté',
    changesEmpty: '(vide)',
    changesFormatOnly: 'Seule la mise en forme a changé.',
    changesVersionsTitle: 'Enregistrements qui ont modifié le contenu',
    changesVersionsHint:
      'Les enregistrements qui n’ont fait qu’avancer le document dans le circuit de validation ne sont pas listés.',
    changesVersionsNone: 'Aucun contenu enregistré depuis.',
    changesVersionWhen: 'Date',
    changesVersionWho: 'Par',
    changesVersionLanguages: 'Langues modifiées',
    changesNotGoverned: 'Ce document n’a pas de circuit de relecture.',
    changesSourceWas: 'Texte {{language}} au moment de la soumission de la traduction',
    changesSourceNow: 'Texte {{language}} actuel',
    changesSourceOutdated:
      'Le texte {{language}} a changé depuis la soumission de cette traduction : mettez la traduction à jour.',
    changesSourceCurrent: 'Texte {{language}}',
  },
)
