"""Reading text tables the way portals write them: encoding, delimiter, preamble.

The sniffing here looks at the first few hundred kilobytes only; the data itself is read
by pyarrow's streaming CSV reader in blocks (:func:`iter_csv_blocks`), so a file of
millions of rows is never held as text and progress/cancel are checked between blocks.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from app.services.importers.cells import MISSING
from app.services.importers.codes import numbers_as_written
from app.services.importers.problems import Cancel, ImportCancelled, ImportFailed, Progress
from app.services.importers.read_ahead import ReadAhead, Then

#: What an importer reads: a file path or the file's bytes (drag and drop, tests).
Input = str | os.PathLike[str] | bytes

HEAD_BYTES = 256 * 1024
BLOCK_BYTES = 8 * 1024 * 1024
#: A large file is read in blocks of up to this size, about ten to the file (see
#: :func:`block_bytes`).
MAX_BLOCK_BYTES = 32 * 1024 * 1024
VERIFY_BYTES = 64 * 1024 * 1024
_DELIMITERS = (",", ";", "\t", "|")


def input_name(src: Input) -> str:
    return "<bytes>" if isinstance(src, bytes) else Path(src).name


def input_size(src: Input) -> int:
    return len(src) if isinstance(src, bytes) else Path(src).stat().st_size


def open_binary(src: Input) -> BinaryIO:
    if isinstance(src, bytes):
        return io.BytesIO(src)
    try:
        return open(src, "rb")
    except OSError as exc:
        raise ImportFailed(f"cannot open {src}: {exc.strerror or exc}") from exc


def read_head_bytes(src: Input, limit: int = HEAD_BYTES) -> bytes:
    with open_binary(src) as f:
        return f.read(limit)


def sniff_encoding(raw: bytes, complete: bool = True) -> str:
    """Python codec of a byte sample: BOMs first, then UTF-8, then the Windows code pages.

    Cyrillic text in cp1251 shows as runs of high bytes (whole words); Western text in
    cp1252 has isolated accented letters between ASCII ones.
    """
    if raw.startswith(codecs.BOM_UTF8) and _is_utf8(raw, complete):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(raw) >= 4 and raw[1] == 0 and raw[3] == 0 and raw[0] != 0:
        return "utf-16-le"
    if len(raw) >= 4 and raw[0] == 0 and raw[2] == 0 and raw[1] != 0:
        return "utf-16-be"
    return "utf-8" if _is_utf8(raw, complete) else _windows_code_page(raw)


def _is_utf8(raw: bytes, complete: bool) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(raw, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def _windows_code_page(raw: bytes) -> str:
    high = [i for i, b in enumerate(raw) if b >= 0x80]
    if not high:
        return "cp1252"
    paired = sum(
        1
        for i in high
        if (i + 1 < len(raw) and raw[i + 1] >= 0x80) or (i > 0 and raw[i - 1] >= 0x80)
    )
    if paired / len(high) > 0.5:
        return "cp1251"
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def _confirm_utf8(src: Input, enc: str) -> str:
    """Check the rest of a file that began as UTF-8 (up to VERIFY_BYTES; beyond that the
    head decides: a later bad byte then stops the read with a clear message). A file is
    checked once while it is unchanged (detection, the reader and its helpers all look
    at its head)."""
    if input_size(src) > VERIFY_BYTES:
        return enc
    stamp = _file_stamp(src)
    if stamp is not None and stamp in _CONFIRMED:
        return _CONFIRMED[stamp] or enc
    with open_binary(src) as f:
        data = f.read()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        found = _windows_code_page(data)
    else:
        found = ""
    if stamp is not None:
        if len(_CONFIRMED) >= 64:
            _CONFIRMED.clear()
        _CONFIRMED[stamp] = found
    return found or enc


#: (path, size, mtime_ns) -> '' (the whole file is UTF-8) or the code page it is in.
_CONFIRMED: dict[tuple[str, int, int], str] = {}


def _file_stamp(src: Input) -> tuple[str, int, int] | None:
    if isinstance(src, bytes):
        return None
    try:
        st = os.stat(src)
    except OSError:
        return None
    return (os.path.abspath(src), st.st_size, st.st_mtime_ns)


def decode_head(raw: bytes, encoding: str) -> str:
    """Decode a sample that may end in the middle of a character."""
    dec = codecs.getincrementaldecoder(encoding)(errors="replace")
    text: str = dec.decode(raw, final=False)
    return text.lstrip("\ufeff")


def head_lines(src: Input, limit: int = HEAD_BYTES) -> tuple[str, list[str]]:
    """(encoding, first lines as text) of a file; the last, maybe partial, line is dropped
    unless it is the only one (a minified JSON or XML message on one long line: its start
    is what detection reads)."""
    raw = read_head_bytes(src, limit)
    enc = sniff_encoding(raw, complete=len(raw) < limit)
    if enc in ("utf-8", "utf-8-sig") and len(raw) == limit:
        enc = _confirm_utf8(src, enc)
    text = decode_head(raw, enc)
    lines = text.splitlines()
    if len(raw) == limit and len(lines) > 1:
        lines = lines[:-1]
    return enc, lines


def sniff_delimiter(lines: list[str]) -> str:
    """The candidate that splits the most lines into the same number (>1) of fields."""
    sample = [ln for ln in lines[:50] if ln.strip()]
    best, best_score = ",", 0
    for d in _DELIMITERS:
        counts = [len(split_line(ln, d)) for ln in sample]
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * (common > 1) * 1000 + common
        if score > best_score:
            best, best_score = d, score
    return best


def split_line(line: str, delimiter: str) -> list[str]:
    """Fields of one CSV line, quotes respected."""
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return line.split(delimiter)


def unique_names(names: list[str]) -> list[str]:
    """Column names pyarrow can use: blanks become _colN, repeats get .1, .2."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(names):
        n = raw.strip().strip("\ufeff") or f"_col{i}"
        if n in seen:
            seen[n] += 1
            n = f"{n}.{seen[n]}"
        else:
            seen[n] = 0
        out.append(n)
    return out


@dataclass(frozen=True)
class CsvLayout:
    """Where the table starts in a text file and how it is cut."""

    encoding: str
    delimiter: str
    header_line: int  # 0-based line of the column names
    columns: list[str]  # as written (use unique_names for reading)


def iter_csv_blocks(
    src: Input,
    layout: CsvLayout,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    on_bad_row: Callable[[str], bool] | None = None,
    block_size: int | None = None,
    dictionary: Collection[str] = (),
    only: Collection[str] | None = None,
    numbers: Collection[str] = (),
) -> Iterator[pd.DataFrame]:
    """Yield the data rows as frames of text columns, a few MB at a time.

    Every column is read as text (nothing guessed), so numbers, codes with leading zeros
    and flags arrive as written. The columns named in ``dictionary`` (few distinct texts:
    codes, units, flags) arrive as categoricals, dictionary-encoded by the parser, without
    a string per row. ``on_bad_row(text)`` is told about rows with the wrong number of
    fields (they are skipped). ``block_size``: bytes per block (None: :func:`block_bytes`
    of the input's size). ``only``: the columns the caller reads (None: all); the
    others are split off each line but never converted, and the frames leave them out.
    ``numbers``: value columns that arrive as floats (missing marks as NaN) in a block
    whose every cell of them is a number or a missing mark exactly as written, read as
    :func:`.codes.fast_floats` would read the text (else they arrive as text). Raises
    ImportCancelled when ``cancel()`` says so.
    """
    names = unique_names(layout.columns)
    wanted = names if only is None else [n for n in names if n in only]
    size = input_size(src)
    enc = "utf8" if layout.encoding in ("utf-8", "utf-8-sig") else layout.encoding

    pending: list[str] = []  # bad rows of the batch being parsed, told with that batch

    def handler(row: pacsv.InvalidRow) -> str:
        try:
            text = row.text
        except UnicodeDecodeError:  # the row is not even text in this encoding
            text = "(undecodable bytes)"
        pending.append(text)
        return "skip"

    def take_bad() -> list[str]:
        out = pending[:]
        del pending[:]
        return out

    # parsed serially in the read-ahead thread (see ReadAhead): the first batch comes
    # sooner than from pyarrow's own read-ahead threads, and bad rows are told with the
    # batch they belong to; the parsed batch is encoded in a thread of its own, so that
    # the parse of one block, the encoding of the one before and the caller's conversion
    # of the one before that share the cores
    read = pacsv.ReadOptions(
        column_names=names,
        skip_rows=layout.header_line + 1,
        block_size=block_bytes(size) if block_size is None else block_size,
        encoding=enc,
        use_threads=False,
    )
    parse = pacsv.ParseOptions(
        delimiter=layout.delimiter, newlines_in_values=True, invalid_row_handler=handler
    )
    convert = pacsv.ConvertOptions(
        column_types=dict.fromkeys(wanted, pa.string()),
        include_columns=wanted,
        strings_can_be_null=False,
        quoted_strings_can_be_null=False,
    )
    with open_binary(src) as raw:
        try:
            reader = pacsv.open_csv(
                raw, read_options=read, parse_options=parse, convert_options=convert
            )
        except StopIteration:
            return
        except (pa.ArrowInvalid, UnicodeDecodeError, ValueError) as exc:
            if "Empty CSV file" in str(exc):
                return
            raise ImportFailed(f"cannot read {input_name(src)}: {exc}") from exc
        coded = [n for n in wanted if n in dictionary]
        floats = [n for n in wanted if n in numbers]

        parsed = ReadAhead(reader.read_next_batch, raw.tell, take_bad)
        ahead = Then(parsed, lambda batch: encoded(batch, coded, floats))
        types = DictionaryTypes()
        try:
            while True:
                if cancel is not None and cancel():
                    raise ImportCancelled
                batch, bad, done = ahead.next()
                if on_bad_row is not None:
                    for text in bad:
                        on_bad_row(text)
                if isinstance(batch, BaseException):
                    if isinstance(batch, (pa.ArrowInvalid, UnicodeDecodeError, ValueError)):
                        raise ImportFailed(f"cannot read {input_name(src)}: {batch}") from batch
                    raise batch
                if batch is None:
                    break
                if progress is not None:
                    progress(min(done, size), size)
                frame = frame_of(batch, types)
                del batch
                pa.default_memory_pool().release_unused()  # keep the peak near the result size
                yield frame
        finally:
            ahead.close()


def encoded(
    batch: pa.RecordBatch, columns: Collection[str], numbers: Collection[str] = ()
) -> pa.RecordBatch:
    """The batch with the named text columns dictionary-encoded (codes in the order of
    first appearance) and the ``numbers`` columns as floats if every cell of them reads
    as one (:func:`.codes.numbers_as_written`). Done in the read-ahead thread by Arrow's
    kernels after the parse, not by the parser: its dictionary conversion costs five times
    as much per cell, and a column that is not all numbers cannot stop the parse."""
    if not columns and not numbers:
        return batch
    names = batch.schema.names
    arrays = [
        pc.dictionary_encode(a) if n in columns else a
        for n, a in zip(names, batch.columns, strict=True)
    ]
    at = [i for i, n in enumerate(names) if n in numbers]
    floats = numbers_as_written([arrays[i] for i in at], MISSING) if at else None
    for i, values in zip(at, floats or [], strict=False):
        arrays[i] = values
    return pa.RecordBatch.from_arrays(arrays, names=names)


def block_bytes(size: int) -> int:
    """Bytes per CSV block for an input of ``size`` bytes: :data:`BLOCK_BYTES`, or about a
    tenth of a large file (at most :data:`MAX_BLOCK_BYTES`). Each block costs the same
    few dozen column steps however many rows it holds, so a 300 MB file in 8 MB blocks
    spends more on the steps than on its rows; ten blocks still leave the parse of the
    next one to overlap the conversion of this one."""
    return min(MAX_BLOCK_BYTES, max(BLOCK_BYTES, size // 10))


class DictionaryTypes:
    """The categorical dtype of each dictionary column of a read, kept while its batches
    bring the same dictionary: a Parquet row group's batches share the whole group's
    dictionary (thousands of texts), which would otherwise be turned into Python strings
    and checked for repeats once per batch; the same dtype object also lets the readers
    that follow reuse what they worked out for its categories."""

    def __init__(self) -> None:
        self._last: dict[str, tuple[pa.Array, pd.CategoricalDtype]] = {}

    def of(self, name: str, dictionary: pa.Array) -> pd.CategoricalDtype:
        last = self._last.get(name)
        if last is not None and (last[0] is dictionary or last[0].equals(dictionary)):
            return last[1]
        dtype = pd.CategoricalDtype(pd.Index(dictionary.to_pylist(), dtype=object))
        self._last[name] = (dictionary, dtype)
        return dtype


def frame_of(batch: pa.RecordBatch, types: DictionaryTypes | None = None) -> pd.DataFrame:
    """A batch as a frame, as ``to_pandas`` makes it, but each dictionary column built
    from its indices and its dictionary directly (object categories): ``to_pandas``
    spends more on a categorical than the rest of the batch costs; a float column without
    nulls is its numpy view (a WDI block has 64 of them: a Series each costs more).
    ``types``: the read's dtypes so far (a batch repeating a dictionary reuses its dtype)."""
    types = DictionaryTypes() if types is None else types
    columns: dict[str, Any] = {}
    for name, arr in zip(batch.schema.names, batch.columns, strict=True):
        if pa.types.is_dictionary(arr.type) and arr.null_count == 0:
            # Arrow's indices are valid codes of its dictionary: not checked again
            columns[name] = pd.Categorical.from_codes(
                arr.indices.to_numpy(), dtype=types.of(name, arr.dictionary), validate=False
            )
        elif pa.types.is_floating(arr.type) and arr.null_count == 0:
            columns[name] = arr.to_numpy()
        else:
            columns[name] = arr.to_pandas()
    return pd.DataFrame(columns, index=pd.RangeIndex(batch.num_rows), copy=False)


def load_json(src: Input) -> Any:
    """A whole JSON document; ImportFailed saying what and where if it is not UTF-8 JSON."""
    with open_binary(src) as f:
        raw = f.read()
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportFailed(f"{input_name(src)} is not UTF-8 text (byte {exc.start})") from exc
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        raise ImportFailed(f"{input_name(src)} is not valid JSON: {exc!s:.200}") from exc
