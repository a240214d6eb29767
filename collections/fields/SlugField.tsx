'use client'
import type { TextFieldClientComponent } from 'payload'
import type { ChangeEvent } from 'react'

import { FieldError, TextInput, useField } from '@payloadcms/ui'

/**
 * Payload's text input for the slug, except that a slug the server refused (another document uses
 * it) stays marked on the field after a draft save: Payload's form hides field errors after a
 * failed draft save (drafts are not validated), which left only a toast naming the field.
 */
export const SlugField: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { disabled, errorMessage, path, setValue, valid, value } = useField<string>({
    potentiallyStalePath: pathFromProps,
  })
  const showError = valid === false && Boolean(errorMessage)
  return (
    <TextInput
      description={field.admin?.description}
      Error={<FieldError message={errorMessage} path={path} showError={showError} />}
      label={field.label}
      localized={field.localized}
      onChange={(event: ChangeEvent<HTMLInputElement>) => setValue(event.target.value)}
      path={path}
      readOnly={readOnly || disabled}
      required={field.required}
      showError={showError}
      value={value ?? ''}
    />
  )
}
