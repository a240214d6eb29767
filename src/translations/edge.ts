import { defineStrings } from './define'

/**
 * Refusals of the API's edge (body caps, JSON, the address) and of its guard hooks (forms, query
 * values and operators, sorts), for the developer who sent the request (keys start with `edge`).
 */
export const edgeStrings = defineStrings(
  {
    edgeAddressEscape:
      'The address has a malformed %-escape: encode each path segment with encodeURIComponent.',
    edgeBadValue:
      'A value in the request does not fit its field (text where a number, date or one of a list of values is expected, or a number out of range): correct the where, id, page or limit parameters.',
    edgeBodyTooLarge:
      'The request body is larger than {{size}} (API_MAX_JSON_BYTES): send less per request (e.g. split a bulk change into several) and upload files as multipart/form-data to media.',
    edgeFormContentType:
      'The request\'s Content-Type "{{contentType}}" cannot be read as a form: send the file as a form (FormData) and let the client set the Content-Type header with its boundary.',
    edgeFormEnded:
      "No file was uploaded: the form's parts do not match the boundary in the Content-Type header, or the body ends before its closing boundary; send the file as a form (FormData) and let the client set the Content-Type header with its boundary.",
    edgeFormNoBoundary:
      'The request says multipart/form-data but has no boundary parameter: send the file as a form (FormData) and let the client set the Content-Type header with its boundary.',
    edgeFormPartHeader:
      'A part of the form has a malformed header (for instance a NUL or other control character in the file name): rename the file to a plain name (letters, digits, hyphens and one extension) and upload again.',
    edgeJsonInvalid:
      'The request body is not valid JSON: send a JSON object with content-type application/json.',
    edgeJsonTooDeep:
      'The JSON body is nested more than {{max}} levels deep: send a flatter document (content and queries need far fewer levels).',
    edgeKilobytes: '{{count}} KB',
    edgeMegabytes: '{{count}} MB',
    edgeSortJoinLocalized:
      '{{at}}: {{path}} is localized (one per language), which Payload cannot sort a join by: use a field that is not localized (createdAt, id), or query {{collection}} itself.',
    edgeSortNames: '{{name}} takes field names: {{name}}=-createdAt, or {{name}}=title,-createdAt.',
    edgeSortThroughLocalized:
      'Sort by a field of this collection: sorting through {{path}} is not allowed, because {{hop}} is localized (one per language).',
    edgeSortThroughUnreadable:
      'Sort by a field of this collection: sorting through {{path}} is not allowed, because you may not read every document of {{collection}}, and the order would show what is in the others.',
    edgeUnsupportedOperator:
      'An operator in the query does not apply to that field (e.g. near on text, greater_than inside a json field such as translationProgress): use equals, not_equals, like, in, exists… as the field type allows.',
    edgeXliffTooLarge:
      'The XLIFF file is larger than {{size}} (XLIFF_MAX_BYTES): send the file exported for this one document, or ask an administrator to raise XLIFF_MAX_BYTES.',
  },
  {
    edgeAddressEscape:
      "L'adresse contient un échappement % mal formé : encodez chaque segment du chemin avec encodeURIComponent.",
    edgeBadValue:
      "Une valeur de la requête ne convient pas à son champ (du texte là où un nombre, une date ou l'une des valeurs d'une liste est attendu, ou un nombre hors limites) : corrigez les paramètres where, id, page ou limit.",
    edgeBodyTooLarge:
      'Le corps de la requête dépasse {{size}} (API_MAX_JSON_BYTES) : envoyez moins à la fois (par exemple, découpez une modification groupée en plusieurs) et téléversez les fichiers dans media en multipart/form-data.',
    edgeFormContentType:
      "Le Content-Type « {{contentType}} » de la requête ne peut pas être lu comme un formulaire : envoyez le fichier dans un formulaire (FormData) et laissez le client écrire l'en-tête Content-Type avec sa délimitation (boundary).",
    edgeFormEnded:
      "Aucun fichier n'a été téléversé : les parties du formulaire ne correspondent pas à la délimitation (boundary) de l'en-tête Content-Type, ou le corps s'arrête avant sa délimitation finale ; envoyez le fichier dans un formulaire (FormData) et laissez le client écrire l'en-tête Content-Type avec sa délimitation.",
    edgeFormNoBoundary:
      "La requête annonce multipart/form-data mais n'a pas de paramètre boundary : envoyez le fichier dans un formulaire (FormData) et laissez le client écrire l'en-tête Content-Type avec sa délimitation.",
    edgeFormPartHeader:
      "Une partie du formulaire a un en-tête mal formé (par exemple un caractère NUL ou un autre caractère de contrôle dans le nom du fichier) : donnez au fichier un nom simple (lettres, chiffres, traits d'union et une extension) et téléversez-le de nouveau.",
    edgeJsonInvalid:
      "Le corps de la requête n'est pas du JSON valide : envoyez un objet JSON avec le content-type application/json.",
    edgeJsonTooDeep:
      'Le corps JSON est imbriqué sur plus de {{max}} niveaux : envoyez un document moins profond (le contenu et les requêtes en demandent bien moins).',
    edgeKilobytes: '{{count}} Ko',
    edgeMegabytes: '{{count}} Mo',
    edgeSortJoinLocalized:
      '{{at}} : {{path}} est localisé (une valeur par langue), et Payload ne sait pas trier une jointure par un tel champ : utilisez un champ non localisé (createdAt, id), ou interrogez directement {{collection}}.',
    edgeSortNames:
      '{{name}} prend des noms de champs : {{name}}=-createdAt, ou {{name}}=title,-createdAt.',
    edgeSortThroughLocalized:
      'Triez par un champ de cette collection : trier par {{path}} est refusé, car {{hop}} est localisé (une valeur par langue).',
    edgeSortThroughUnreadable:
      "Triez par un champ de cette collection : trier par {{path}} est refusé, car vous ne pouvez pas lire tous les documents de {{collection}}, et l'ordre révélerait le contenu des autres.",
    edgeUnsupportedOperator:
      "Un opérateur de la requête ne s'applique pas à ce champ (par exemple near sur du texte, greater_than dans un champ json comme translationProgress) : utilisez equals, not_equals, like, in, exists… selon ce que permet le type du champ.",
    edgeXliffTooLarge:
      "Le fichier XLIFF dépasse {{size}} (XLIFF_MAX_BYTES) : envoyez le fichier exporté pour ce seul document, ou demandez à un administrateur d'augmenter XLIFF_MAX_BYTES.",
  },
)
