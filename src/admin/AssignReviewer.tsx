'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import { tw } from '../translations'

type Person = { id: number | string; name: string }
type Props = {
  assignee?: null | number | string
  collection?: string
  id?: number | string
  /** Ids of the document's authors, who may not review it (four eyes). */
  ineligible?: string[]
  reviewers?: Person[]
}

/**
 * Assigns the document in review to a reviewer, or to nobody (then every reviewer is told). In a
 * My work row it gets everything as props; in a document view it reads the document from Payload's
 * document context and asks `GET …/workflow/assign` whom it may offer.
 */
export const AssignReviewer = (props: Props) => {
  const t = useTranslation().t as unknown as (
    key: string,
    vars?: Record<string, number | string>,
  ) => string
  const { config } = useConfig()
  const documentInfo = useDocumentInfo()
  const router = useRouter()
  const collection = props.collection ?? documentInfo.collectionSlug
  const id = props.id ?? documentInfo.id
  const [reviewers, setReviewers] = useState<Person[] | undefined>(props.reviewers)
  const [chosen, setChosen] = useState<string>(props.assignee == null ? '' : String(props.assignee))
  const [busy, setBusy] = useState(false)
  const url = `${config.serverURL}${config.routes.api}/${collection}/${id}/workflow/assign`

  useEffect(() => {
    if (props.reviewers || !collection || id == null) return
    void fetch(url, { credentials: 'include' })
      .then(async (response) =>
        response.ok
          ? ((await response.json()) as { assignee: null | number | string; reviewers: Person[] })
          : null,
      )
      .then((answer) => {
        if (!answer) return
        setReviewers(answer.reviewers)
        setChosen(answer.assignee == null ? '' : String(answer.assignee))
      })
  }, [collection, id, props.reviewers, url])

  if (!collection || id == null || !reviewers) return null
  const assign = async () => {
    setBusy(true)
    try {
      const reviewer =
        chosen === ''
          ? null
          : (reviewers.find((person) => String(person.id) === chosen)?.id ?? chosen)
      const response = await fetch(url, {
        body: JSON.stringify({ reviewer }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      if (!response.ok) {
        const answer = (await response.json().catch(() => null)) as {
          errors?: { message?: string }[]
        } | null
        toast.error(
          tw(t, 'assignFailed', {
            reason: answer?.errors?.[0]?.message ?? String(response.status),
          }),
        )
        return
      }
      const name = reviewers.find((person) => String(person.id) === chosen)?.name
      toast.success(name ? tw(t, 'assignDone', { name }) : tw(t, 'assignCleared'))
      router.refresh()
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="assign-reviewer" data-testid="assign-reviewer">
      <label className="assign-reviewer__label">
        <span>{tw(t, 'assignLabel')}</span>
        <select
          className="assign-reviewer__select"
          disabled={busy}
          onChange={(event) => setChosen(event.target.value)}
          value={chosen}
        >
          <option value="">{tw(t, 'assignNobody')}</option>
          {reviewers.map((person) => (
            <option
              disabled={props.ineligible?.includes(String(person.id))}
              key={person.id}
              value={String(person.id)}
            >
              {person.name}
            </option>
          ))}
        </select>
      </label>
      <Button
        buttonStyle="secondary"
        disabled={busy}
        margin={false}
        onClick={() => void assign()}
        size="small"
      >
        {busy ? tw(t, 'assignSaving') : tw(t, 'assignSave')}
      </Button>
    </div>
  )
}
