import { defineStrings } from './define'

/** Why a translation file cannot be imported, for the translator (keys start with `xliff`). */
export const xliffStrings = defineStrings(
  {
    xliffAskForLocale: 'Ask for <locale>.xlf, e.g. fr.xlf (got "{{file}}").',
    xliffBadOriginal:
      'The file\'s original="{{original}}" does not name a document as "collection/id". Export the document again and translate that file.',
    xliffFileCount:
      'The file holds {{count}} <file> sections; one is expected. Export the document again and translate that file.',
    xliffMalformed:
      'Line {{line}}: the file is not well-formed XLIFF there, fix the file and import again.',
    xliffNotXliff:
      'This is not an XLIFF 1.2 file (root <{{root}}> in namespace "{{namespace}}"). Export the document again and translate that file.',
    xliffOtherDocument:
      'This file is for {{found}}, not {{expected}}. Import it on that document, or export this one.',
    xliffOtherLanguages:
      'This file translates "{{source}}" into "{{target}}"; expected "{{expectedSource}}" into "{{expectedTarget}}". Export a "{{expectedTarget}}" file and translate that.',
    xliffStaleSource: 'Source changed since export: {{fields}}. Export again.',
  },
  {
    xliffAskForLocale: 'Demandez <langue>.xlf, par exemple fr.xlf (reçu « {{file}} »).',
    xliffBadOriginal:
      'L\'attribut original="{{original}}" du fichier ne désigne pas un document sous la forme « collection/id ». Exportez de nouveau le document et traduisez ce fichier.',
    xliffFileCount:
      'Le fichier contient {{count}} sections <file> ; une seule est attendue. Exportez de nouveau le document et traduisez ce fichier.',
    xliffMalformed:
      "Ligne {{line}} : le fichier n'est pas du XLIFF bien formé à cet endroit ; corrigez le fichier et importez-le de nouveau.",
    xliffNotXliff:
      "Ce n'est pas un fichier XLIFF 1.2 (racine <{{root}}> dans l'espace de noms « {{namespace}} »). Exportez de nouveau le document et traduisez ce fichier.",
    xliffOtherDocument:
      'Ce fichier est pour {{found}}, pas pour {{expected}}. Importez-le sur ce document, ou exportez celui-ci.',
    xliffOtherLanguages:
      'Ce fichier traduit « {{source}} » en « {{target}} » ; attendu : « {{expectedSource}} » en « {{expectedTarget}} ». Exportez un fichier « {{expectedTarget}} » et traduisez-le.',
    xliffStaleSource: "La source a changé depuis l'export : {{fields}}. Exportez de nouveau.",
  },
)
