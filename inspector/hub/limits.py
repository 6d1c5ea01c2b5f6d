"""The sizes a hub takes by default, here alone so that the command line can show them
without loading the hub's modules (psycopg, Starlette) at every start."""

MAX_PACKAGE = 4 << 30  # the largest request body, `hub serve --max-body`
# A package's records.jsonl is checked in memory whole: this bounds what one push may cost
# the hub (`hub serve --max-records`). ~370,000 versions; parsed, ~6 bytes of memory a byte.
MAX_RECORDS = 128 << 20
