"""Token embeddings: vectors for the tokens of a vocabulary, loaded from pre-trained files.

``CustomEmbedding`` reads a local file of ``token v1 v2 ...`` lines; ``CompositeEmbedding`` joins
several embeddings over one vocabulary. ``GloVe`` and ``FastText`` load their pre-trained files
from ``embedding_root`` when present there; distnet does not download them.
"""
import logging
import os
import warnings

from . import vocab
from ._pretrained import FASTTEXT_FILES, GLOVE_FILES
from ... import ndarray as nd
from ... import registry
from ...base import MXNetError, data_dir, error_like

UNKNOWN_IDX = vocab.UNKNOWN_IDX
_AssertionError = error_like(AssertionError)
_KeyError = error_like(KeyError)
_ValueError = error_like(ValueError)


def register(embedding_cls):
    """Register a ``_TokenEmbedding`` subclass so that ``create`` finds it by (lower-case) class name."""
    if not (isinstance(embedding_cls, type) and issubclass(embedding_cls, _TokenEmbedding)):
        raise _AssertionError(f"register: {embedding_cls!r} is not a subclass of _TokenEmbedding")
    return registry.get_register_func(_TokenEmbedding, "token embedding")(embedding_cls)


def create(embedding_name, **kwargs):
    """An instance of the registered token embedding ``embedding_name`` (case-insensitive)."""
    if embedding_name.lower() not in registry.get_registry(_TokenEmbedding):
        known = sorted(registry.get_registry(_TokenEmbedding))
        raise _AssertionError(f"no token embedding named {embedding_name!r} is registered (known: {known}); "
                              "register a _TokenEmbedding subclass with mx.contrib.text.embedding.register first")
    return registry.get_create_func(_TokenEmbedding, "token embedding")(embedding_name, **kwargs)


def get_pretrained_file_names(embedding_name=None):
    """The pre-trained file names of ``embedding_name``, or a dict of them for every registered embedding."""
    table = registry.get_registry(_TokenEmbedding)
    if embedding_name is None:
        return {name: list(cls.pretrained_file_name_sha1) for name, cls in table.items()}
    if embedding_name not in table:
        raise _KeyError(f"get_pretrained_file_names: no token embedding named {embedding_name!r}; "
                        f"the registered ones are {sorted(table)}")
    return list(table[embedding_name].pretrained_file_name_sha1)


class _TokenEmbedding(vocab.Vocabulary):
    """A vocabulary with one vector per token (``idx_to_vec``, row 0 for the unknown token)."""

    pretrained_file_name_sha1 = {}

    def __init__(self, **kwargs):
        super().__init__(**kwargs)

    # ---- loading ---------------------------------------------------------------------------
    def _load_embedding(self, pretrained_file_path, elem_delim, init_unknown_vec, encoding="utf8"):
        """Index the tokens of a ``token<delim>v1<delim>v2...`` file and keep their vectors.

        The first vector seen for a token wins; a line with a one-element vector is taken for a
        header and skipped. The unknown token's vector is the file's, else ``init_unknown_vec``.
        """
        path = os.path.expanduser(pretrained_file_path)
        if not os.path.isfile(path):
            raise _ValueError(f"token embedding file {path!r} does not exist or is not a file")
        logging.info("Loading pre-trained token embedding vectors from %s", path)
        rows, seen, unknown_vec, vec_len = [], set(), None, None
        with open(path, "r", encoding=encoding) as f:
            for line_num, line in enumerate(f, 1):
                elems = line.rstrip().split(elem_delim)
                if len(elems) < 2:
                    raise _AssertionError(f"{path}, line {line_num}: expected a token followed by its vector "
                                          f"elements separated by {elem_delim!r}, got {line.rstrip()[:60]!r}")
                token, vec = elems[0], [float(x) for x in elems[1:]]
                if token == self.unknown_token and unknown_vec is None:
                    unknown_vec = vec
                    seen.add(token)
                elif token in seen:
                    warnings.warn(f"{path}, line {line_num}: token {token!r} already has a vector; "
                                  "this duplicate is skipped")
                elif len(vec) == 1:
                    warnings.warn(f"{path}, line {line_num}: token {token!r} has a 1-element vector {vec}; "
                                  "taken for a header and skipped")
                else:
                    if vec_len is None:
                        vec_len = len(vec)
                    elif len(vec) != vec_len:
                        raise _AssertionError(
                            f"{path}, line {line_num}: token {token!r} has a {len(vec)}-element vector but the tokens "
                            f"before it have {vec_len}; every vector must have the same length")
                    rows.append(vec)
                    self._token_to_idx[token] = len(self._idx_to_token)
                    self._idx_to_token.append(token)
                    seen.add(token)
        self._vec_len = vec_len
        self._idx_to_vec = nd.array([[0.0] * vec_len] + rows)      # row 0: the unknown token
        self._idx_to_vec[UNKNOWN_IDX] = (init_unknown_vec(shape=vec_len) if unknown_vec is None
                                         else nd.array(unknown_vec))

    def _index_tokens_from_vocabulary(self, vocabulary):
        self._token_to_idx = dict(vocabulary.token_to_idx)
        self._idx_to_token = list(vocabulary.idx_to_token)
        self._unknown_token = vocabulary.unknown_token
        self._reserved_tokens = None if vocabulary.reserved_tokens is None else list(vocabulary.reserved_tokens)

    def _set_idx_to_vec_by_embeddings(self, token_embeddings, vocab_len, vocab_idx_to_token):
        """Rows for ``vocab_idx_to_token``: the embeddings' vectors side by side (unknown rows for unknown tokens)."""
        new_vec_len = sum(e.vec_len for e in token_embeddings)
        vecs = nd.zeros((vocab_len, new_vec_len))
        start = 0
        for embed in token_embeddings:
            end = start + embed.vec_len
            vecs[0, start:end] = embed.idx_to_vec[UNKNOWN_IDX]
            if vocab_len > 1:
                vecs[1:, start:end] = embed.get_vecs_by_tokens(list(vocab_idx_to_token[1:]))
            start = end
        self._vec_len, self._idx_to_vec = new_vec_len, vecs

    def _build_embedding_for_vocabulary(self, vocabulary):
        if vocabulary is not None:
            if not isinstance(vocabulary, vocab.Vocabulary):
                raise _AssertionError("vocabulary must be a contrib.text.vocab.Vocabulary, "
                                      f"got {type(vocabulary).__name__}")
            self._set_idx_to_vec_by_embeddings([self], len(vocabulary), vocabulary.idx_to_token)
            self._index_tokens_from_vocabulary(vocabulary)

    # ---- lookup and update ------------------------------------------------------------------
    @property
    def vec_len(self):
        """The length of each token's vector."""
        return self._vec_len

    @property
    def idx_to_vec(self):
        """NDArray (len(self), vec_len): the vector of each indexed token."""
        return self._idx_to_vec

    def get_vecs_by_tokens(self, tokens, lower_case_backup=False):
        """The vector of a token (1-D), or of a list of tokens (2-D); unknown tokens get row 0.

        With ``lower_case_backup`` a token not found as written is looked up in lower case.
        """
        single = not isinstance(tokens, list)
        tokens = [tokens] if single else tokens
        lookup = self._token_to_idx
        if lower_case_backup:
            indices = [lookup[t] if t in lookup else lookup.get(t.lower(), UNKNOWN_IDX) for t in tokens]
        else:
            indices = [lookup.get(t, UNKNOWN_IDX) for t in tokens]
        vecs = nd.Embedding(nd.array(indices), self._idx_to_vec, self._idx_to_vec.shape[0],
                            self._idx_to_vec.shape[1])
        return vecs[0] if single else vecs

    def update_token_vectors(self, tokens, new_vectors):
        """Overwrite the vectors of known ``tokens`` with the rows of ``new_vectors``."""
        if self._idx_to_vec is None:
            raise _AssertionError("update_token_vectors: this embedding has no vectors (idx_to_vec is None)")
        if not isinstance(tokens, list) or len(tokens) == 1:
            if not (isinstance(new_vectors, nd.NDArray) and new_vectors.ndim in (1, 2)):
                raise _AssertionError("update_token_vectors: for one token, new_vectors must be a 1-D or 2-D NDArray")
            tokens = tokens if isinstance(tokens, list) else [tokens]
            if new_vectors.ndim == 1:
                new_vectors = nd.expand_dims(new_vectors, axis=0)
        elif not (isinstance(new_vectors, nd.NDArray) and new_vectors.ndim == 2):
            raise _AssertionError("update_token_vectors: for several tokens, new_vectors must be a 2-D NDArray")
        if new_vectors.shape != (len(tokens), self.vec_len):
            raise _AssertionError(f"update_token_vectors: new_vectors has shape {new_vectors.shape}, expected "
                                  f"{(len(tokens), self.vec_len)} (one row of length vec_len per token)")
        indices = []
        for token in tokens:
            if token not in self._token_to_idx:
                raise _ValueError(f"update_token_vectors: token {token!r} is not indexed; to change the unknown "
                                  f"token's vector name it explicitly as {self._idx_to_token[UNKNOWN_IDX]!r}")
            indices.append(self._token_to_idx[token])
        for row, idx in enumerate(indices):
            self._idx_to_vec[idx] = new_vectors[row]

    # ---- pre-trained files -------------------------------------------------------------------
    @classmethod
    def _check_pretrained_file_names(cls, pretrained_file_name):
        name = cls.__name__.lower()
        if pretrained_file_name not in cls.pretrained_file_name_sha1:
            raise _KeyError(f"{name} has no pre-trained file {pretrained_file_name!r}; valid files: "
                            + ", ".join(cls.pretrained_file_name_sha1))

    @classmethod
    def _get_pretrained_file(cls, embedding_root, pretrained_file_name):
        """The local copy of a pre-trained file: ``<embedding_root>/<class name>/<file>``; never downloaded."""
        path = os.path.join(os.path.expanduser(embedding_root), cls.__name__.lower(), pretrained_file_name)
        if not os.path.isfile(path):
            raise MXNetError(f"{cls.__name__}: the pre-trained file {pretrained_file_name} is not at {path} and "
                             "distnet does not download files. Fetch it yourself and place it there, or load "
                             "any local file with mx.contrib.text.embedding.CustomEmbedding(path)")
        return path


class _PretrainedEmbedding(_TokenEmbedding):
    """An embedding read from one of its known pre-trained files, found under ``embedding_root``."""

    def __init__(self, pretrained_file_name, embedding_root, init_unknown_vec, vocabulary, **kwargs):
        type(self)._check_pretrained_file_names(pretrained_file_name)
        super().__init__(**kwargs)
        path = type(self)._get_pretrained_file(embedding_root, pretrained_file_name)
        self._load_embedding(path, " ", init_unknown_vec)
        self._build_embedding_for_vocabulary(vocabulary)


@register
class GloVe(_PretrainedEmbedding):
    """The GloVe word vectors (https://nlp.stanford.edu/projects/glove/), from a local file."""

    pretrained_file_name_sha1 = dict.fromkeys(GLOVE_FILES)

    def __init__(self, pretrained_file_name="glove.840B.300d.txt",
                 embedding_root=os.path.join(data_dir(), "embeddings"),
                 init_unknown_vec=nd.zeros, vocabulary=None, **kwargs):
        super().__init__(pretrained_file_name, embedding_root, init_unknown_vec, vocabulary, **kwargs)


@register
class FastText(_PretrainedEmbedding):
    """The fastText word vectors (https://fasttext.cc/), from a local file."""

    pretrained_file_name_sha1 = dict.fromkeys(FASTTEXT_FILES)

    def __init__(self, pretrained_file_name="wiki.simple.vec",
                 embedding_root=os.path.join(data_dir(), "embeddings"),
                 init_unknown_vec=nd.zeros, vocabulary=None, **kwargs):
        super().__init__(pretrained_file_name, embedding_root, init_unknown_vec, vocabulary, **kwargs)


class CustomEmbedding(_TokenEmbedding):
    """Token vectors from a local file of ``token<elem_delim>v1<elem_delim>v2...`` lines.

    With a ``vocabulary``, the embedding indexes that vocabulary's tokens instead of the file's.
    """

    def __init__(self, pretrained_file_path, elem_delim=" ", encoding="utf8", init_unknown_vec=nd.zeros,
                 vocabulary=None, **kwargs):
        super().__init__(**kwargs)
        self._load_embedding(pretrained_file_path, elem_delim, init_unknown_vec, encoding)
        self._build_embedding_for_vocabulary(vocabulary)


class CompositeEmbedding(_TokenEmbedding):
    """The tokens of ``vocabulary`` with the vectors of ``token_embeddings`` joined side by side."""

    def __init__(self, vocabulary, token_embeddings):
        if not isinstance(vocabulary, vocab.Vocabulary):
            raise _AssertionError(f"CompositeEmbedding: vocabulary must be a contrib.text.vocab.Vocabulary, "
                                  f"got {type(vocabulary).__name__}")
        if not isinstance(token_embeddings, list):
            token_embeddings = [token_embeddings]
        for embed in token_embeddings:
            if not isinstance(embed, _TokenEmbedding):
                raise _AssertionError(f"CompositeEmbedding: token_embeddings must be token embeddings (or a list "
                                      f"of them), got {type(embed).__name__}")
        self._index_tokens_from_vocabulary(vocabulary)
        self._set_idx_to_vec_by_embeddings(token_embeddings, len(self), self.idx_to_token)
