"""LibSVM text (``label[:weight] [qid:n] index:value ...``) read as MXNet's parser reads it.

The parser scans for numbers rather than splitting on spaces: characters that cannot start a number are
skipped (so ``x5:2`` is feature 5, a line with no number is no sample), a value
is read from its first numeric character on (so ``-inf`` is read whole), and a value missing from the end
of its line is read from the text after the line. An index without a value fails the block's check.
A ``#`` where a feature may start (after blanks) ends the line's features; the parser looks for one before a
label too, but every line but the text's first starts with the line break before it, so only a first line
that starts (after blanks) with ``#`` is a comment: another is read as any text, ``#``s skipped.
"""
import re

import numpy as np

from .io import prefetcher_error
from .text_float import parse_float32
from ..base import log_time

_NUMBER = re.compile(r"[0-9+\-.eE]+")          # the characters the parser takes for part of a number
_LINE = re.compile(r"[^\r\n]+")
_BLANKS = re.compile(r"[ \t]*")
_SPACES = re.compile(r"[ \t\n\v\f\r]*")
_INDEX = re.compile(r"([+-]?)(\d*)")

# the core's check of a parsed block (its entries against its values): it has no message of its own
ROW_CHECK = "../3rdparty/dmlc-core/src/data/./row_block.h:177: Check failed: offset.back() == value.size() || " \
            "value.size() == 0: "


def read_libsvm(text, width):
    """(dense float32 rows of ``width`` columns, float32 labels, each row's (columns, values) in the text's
    order) of LibSVM ``text``; columns at or past ``width`` are dropped (the core does not check them)."""
    rows, labels, entries = [], [], []
    indices = values = 0
    for line in _LINE.finditer(text):
        end = line.end()
        if line.start() == 0 and _comment_at(text, 0, end):
            continue
        label = _pair(text, line.start(), end)
        if label is None:
            continue
        pos = _after_qid(text, label[2], end)
        row, cols, vals = np.zeros(width, np.float32), [], []
        while True:
            if _comment_at(text, pos, end):
                break
            pair = _pair(text, pos, end)
            if pair is None:
                break
            col, value, pos = pair
            col = _index(col)
            indices += 1
            if value is not None:
                values += 1
                if col < width:
                    row[col] = value
                    cols.append(col)
                    vals.append(row[col])
        rows.append(row)
        entries.append((np.array(cols, np.int64), np.array(vals, np.float32)))
        labels.append(_number(label[0]))
    if indices != values:
        raise prefetcher_error(ROW_CHECK)
    return np.array(rows, np.float32).reshape(len(rows), width), np.array(labels, np.float32), entries


def _comment_at(text, pos, end):
    """Whether ``text[pos:end]`` starts, after blanks, with ``#``."""
    pos = _BLANKS.match(text, pos, end).end()
    return pos < end and text[pos] == "#"


def _pair(text, pos, end):
    """(first number's text onwards, the second number as float32 or None, where scanning goes on) of the
    next ``a`` or ``a:b`` in ``text[pos:end]``; None when no number is left there."""
    first = _NUMBER.search(text, pos, end)
    if first is None:
        return None
    pos = _BLANKS.match(text, first.end(), end).end()
    if pos == end or text[pos] != ":":
        return text[first.start():end], None, pos
    second = _NUMBER.search(text, pos + 1, end)
    if second is None:      # the value is read from wherever the next number in the text is
        return text[first.start():end], _number(text[end:]), end
    return text[first.start():end], _number(text[second.start():]), second.end()


def _after_qid(text, pos, end):
    """Where the features start: past a ``qid:n`` right after the label."""
    pos = _SPACES.match(text, pos, end).end()
    if not text.startswith("qid:", pos, end):
        return pos
    run = _NUMBER.match(text, pos + 4, end)
    return run.end() if run else pos + 4


def _number(text):
    value = parse_float32(text)
    return np.float32(0) if value is None else value


def _index(text):
    """A feature index: an unsigned decimal number wrapping at 2**64; a minus sign fails the core's check."""
    sign, digits = _INDEX.match(text).groups()
    if sign == "-":
        # checked in the text parser's own reading thread, whose error the prefetcher's thread logs again
        raise prefetcher_error(f"../include/dmlc/threadediter.h:500: {log_time()} "
                               "../include/dmlc/./././strtonum.h:398: Check failed: sign == true (0 vs. 1) : \n\n")
    return int(digits or 0) % (1 << 64)
