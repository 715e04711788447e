"""``Vocabulary``: tokens indexed by frequency, after the unknown token (index 0) and reserved tokens."""
import collections

from ...base import error_like

UNKNOWN_IDX = 0
_AssertionError = error_like(AssertionError)
_ValueError = error_like(ValueError)


class Vocabulary:
    """Index the unknown token, then ``reserved_tokens``, then the keys of ``counter``.

    Counter keys are indexed by decreasing frequency (ties in sorted key order), keeping at most
    ``most_freq_count`` of them and only those seen at least ``min_freq`` times.
    """

    def __init__(self, counter=None, most_freq_count=None, min_freq=1, unknown_token="<unk>",
                 reserved_tokens=None):
        if not min_freq > 0:
            raise _AssertionError("`min_freq` must be set to a positive value.")
        if reserved_tokens is not None:
            if unknown_token in set(reserved_tokens):
                raise _AssertionError("`reserved_token` cannot contain `unknown_token`.")
            if len(set(reserved_tokens)) != len(reserved_tokens):
                raise _AssertionError("`reserved_tokens` cannot contain duplicate reserved tokens.")
        self._unknown_token = unknown_token
        self._reserved_tokens = None if reserved_tokens is None else reserved_tokens[:]     # a tuple stays a tuple
        self._idx_to_token = [unknown_token] + list(self._reserved_tokens or [])
        self._token_to_idx = {token: i for i, token in enumerate(self._idx_to_token)}
        if counter is not None:
            self._index_counter_keys(counter, most_freq_count, min_freq)

    def _index_counter_keys(self, counter, most_freq_count, min_freq):
        if not isinstance(counter, collections.Counter):
            raise _AssertionError("`counter` must be an instance of collections.Counter.")
        special = set(self._idx_to_token)
        cap = len(special) + (len(counter) if most_freq_count is None else most_freq_count)
        by_freq = sorted(sorted(counter.items(), key=lambda kv: kv[0]), key=lambda kv: kv[1], reverse=True)
        for token, freq in by_freq:
            if freq < min_freq or len(self._idx_to_token) == cap:
                break
            if token not in special:
                self._token_to_idx[token] = len(self._idx_to_token)
                self._idx_to_token.append(token)

    def __len__(self):
        return len(self._idx_to_token)

    @property
    def token_to_idx(self):
        """dict: token -> index."""
        return self._token_to_idx

    @property
    def idx_to_token(self):
        """list: the tokens in index order."""
        return self._idx_to_token

    @property
    def unknown_token(self):
        """The token every unknown token maps to (index 0)."""
        return self._unknown_token

    @property
    def reserved_tokens(self):
        """The reserved tokens (indices 1..), or None."""
        return self._reserved_tokens

    def to_indices(self, tokens):
        """The index of a token, or the list of indices of a list of tokens (unknown ones: 0)."""
        if not isinstance(tokens, list):
            return self._token_to_idx.get(tokens, UNKNOWN_IDX)
        return [self._token_to_idx.get(t, UNKNOWN_IDX) for t in tokens]

    def to_tokens(self, indices):
        """The token at an index, or the list of tokens at a list of indices."""
        single = not isinstance(indices, list)
        out = []
        for idx in [indices] if single else indices:
            if not isinstance(idx, int) or idx > len(self._idx_to_token) - 1:
                # idx itself is the % operand: a tuple index fails in the formatting, as in MXNet
                raise _ValueError("Token index %d in the provided `indices` is invalid." % idx)
            out.append(self._idx_to_token[idx])
        return out[0] if single else out


from ...base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """UNKNOWN_IDX error_like""".split())
