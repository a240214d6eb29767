import { defineStrings } from './define'

/** Refusals of what a reader put in a query: `where` values and the sitemap's parameters (keys start with `error`). */
export const queryStrings = defineStrings(
  {
    errorWhereOption: '{{at}}: "{{value}}" is not a value of {{field}}: use one of {{allowed}}.',
    errorWhereOptionPart:
      '{{at}}: {{field}} holds one of its values, which {{operator}} cannot search: use [equals] or [in] with one of {{allowed}}.',
    errorSitemapCollection:
      'No sitemap for "{{value}}": use one of {{allowed}}, or leave collection out.',
    errorSitemapLimit:
      'limit must be a whole number from 1 to {{max}} (got "{{value}}"): e.g. limit={{default}}, then page=2 for the next ones.',
    errorSitemapLocale:
      'locale "{{value}}" is not one of {{allowed}}: use {{examples}}, or leave locale out for every language.',
    errorSitemapPage:
      'page must be a whole number from 1 (got "{{value}}"): page=1 is the first page.',
    errorSitemapParameter: 'Unknown query parameter {{names}}: the sitemap takes only {{allowed}}.',
  },
  {
    errorWhereOption:
      '{{at}} : « {{value}} » n’est pas une valeur de {{field}} : utilisez {{allowed}}.',
    errorWhereOptionPart:
      '{{at}} : {{field}} contient l’une de ses valeurs, que {{operator}} ne peut pas chercher : utilisez [equals] ou [in] avec {{allowed}}.',
    errorSitemapCollection:
      'Pas de plan du site pour « {{value}} » : utilisez {{allowed}}, ou omettez collection.',
    errorSitemapLimit:
      'limit doit être un nombre entier de 1 à {{max}} (reçu « {{value}} ») : par exemple limit={{default}}, puis page=2 pour les suivants.',
    errorSitemapLocale:
      'locale « {{value}} » n’est pas l’une de {{allowed}} : utilisez {{examples}}, ou omettez locale pour toutes les langues.',
    errorSitemapPage:
      'page doit être un nombre entier à partir de 1 (reçu « {{value}} ») : page=1 est la première page.',
    errorSitemapParameter:
      'Paramètre inconnu {{names}} : le plan du site ne prend que {{allowed}}.',
  },
)
