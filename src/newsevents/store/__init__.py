"""The corpus store: coded-article records in tables that can be queried, exported and
merged into clusters (Contract 3). ``open_store`` opens one; see :mod:`.schema` for its
tables."""

from .db import DEFAULT_STORE, Failure, Store, Stored, open_store
from .rows import event_uid, rebuild_record, record_rows, text_hash

__all__ = ["DEFAULT_STORE", "Failure", "Store", "Stored", "event_uid", "open_store",
           "rebuild_record", "record_rows", "text_hash"]
