import * as migration_20261126_232832_initial from './20261126_232832_initial'
import * as migration_20261127_084935_locale_parent_indexes from './20261127_084935_locale_parent_indexes'
import * as migration_20261127_110350_reader_json_fields from './20261127_110350_reader_json_fields'
import * as migration_20261207_164129_media_embargo from './20261207_164129_media_embargo'
import * as migration_20261207_181840_editorial_desk from './20261207_181840_editorial_desk'
import * as migration_20261207_184634_event_messages from './20261207_184634_event_messages'
import * as migration_20261207_204701_french_truth from './20261207_204701_french_truth'
import * as migration_20261207_204702_french_markers from './20261207_204702_french_markers'

export const migrations = [
  {
    up: migration_20261126_232832_initial.up,
    down: migration_20261126_232832_initial.down,
    name: '20261126_232832_initial',
  },
  {
    up: migration_20261127_084935_locale_parent_indexes.up,
    down: migration_20261127_084935_locale_parent_indexes.down,
    name: '20261127_084935_locale_parent_indexes',
  },
  {
    up: migration_20261127_110350_reader_json_fields.up,
    down: migration_20261127_110350_reader_json_fields.down,
    name: '20261127_110350_reader_json_fields',
  },
  {
    up: migration_20261207_164129_media_embargo.up,
    down: migration_20261207_164129_media_embargo.down,
    name: '20261207_164129_media_embargo',
  },
  {
    up: migration_20261207_181840_editorial_desk.up,
    down: migration_20261207_181840_editorial_desk.down,
    name: '20261207_181840_editorial_desk',
  },
  {
    up: migration_20261207_184634_event_messages.up,
    down: migration_20261207_184634_event_messages.down,
    name: '20261207_184634_event_messages',
  },
  {
    up: migration_20261207_204701_french_truth.up,
    down: migration_20261207_204701_french_truth.down,
    name: '20261207_204701_french_truth',
  },
  {
    up: migration_20261207_204702_french_markers.up,
    down: migration_20261207_204702_french_markers.down,
    name: '20261207_204702_french_markers',
  },
]
