import type { DiffPart } from '../../operations/changes/wordDiff'

/** Text with its removed words struck through and its added words underlined (del / ins). */
export const DiffText = ({
  labels,
  parts,
}: {
  labels: { added: string; removed: string }
  parts: DiffPart[]
}) => (
  <div className="review-changes__text">
    {parts.map((part, index) =>
      part.kind === 'added' ? (
        <ins className="review-changes__added" key={index} title={labels.added}>
          {part.text}
        </ins>
      ) : part.kind === 'removed' ? (
        <del className="review-changes__removed" key={index} title={labels.removed}>
          {part.text}
        </del>
      ) : (
        <span key={index}>{part.text}</span>
      ),
    )}
  </div>
)
