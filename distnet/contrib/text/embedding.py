"""Token embeddings: vectors for the tokens of a vocabulary, loaded from pre-trained files.

``CustomEmbedding`` reads a local file of ``token v1 v2 ...`` lines; ``CompositeEmbedding`` joins
several embeddings over one vocabulary. ``GloVe`` and ``FastText`` load their pre-trained files from
``embedding_root``, downloading (from $MXNET_GLUON_REPO) and unpacking their archive when the file is
missing there or not the published one.
"""
import logging
import os
import tarfile
import warnings
import zipfile

from . import vocab
from ._pretrained import FASTTEXT_ARCHIVE_SHA1, FASTTEXT_FILE_SHA1, GLOVE_ARCHIVE_SHA1, GLOVE_FILE_SHA1
from ... import ndarray as nd
from ... import registry
from ...base import data_dir, error_like
from ...util import is_np_array

UNKNOWN_IDX = vocab.UNKNOWN_IDX
_APACHE_REPO_URL = "https://apache-mxnet.s3-accelerate.dualstack.amazonaws.com/"
_AssertionError = error_like(AssertionError)
_KeyError = error_like(KeyError)
_ValueError = error_like(ValueError)


def _arrays():
    """The module making vectors: mx.np under NumPy semantics (as MXNet's), else mx.nd."""
    if is_np_array():
        from ... import numpy
        return numpy
    return nd


def register(embedding_cls):
    """Register a ``_TokenEmbedding`` subclass so that ``create`` finds it by (lower-case) class name."""
    return registry.get_register_func(_TokenEmbedding, "token embedding")(embedding_cls)


def create(embedding_name, **kwargs):
    """An instance of the registered token embedding ``embedding_name`` (case-insensitive)."""
    return registry.get_create_func(_TokenEmbedding, "token embedding")(embedding_name, **kwargs)


def get_pretrained_file_names(embedding_name=None):
    """The pre-trained file names of ``embedding_name``, or a dict of them for every registered embedding."""
    table = registry.get_registry(_TokenEmbedding)
    if embedding_name is None:
        return {name: list(cls.pretrained_file_name_sha1) for name, cls in table.items()}
    if embedding_name not in table:
        raise _KeyError("Cannot find `embedding_name` %s. Use `get_pretrained_file_names(embedding_name=None)"
                        ".keys()` to get all the valid embedding names." % embedding_name)
    return list(table[embedding_name].pretrained_file_name_sha1)


class _TokenEmbedding(vocab.Vocabulary):
    """A vocabulary with one vector per token (``idx_to_vec``, row 0 for the unknown token)."""

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
            raise _ValueError("`pretrained_file_path` must be a valid path to the pre-trained token embedding file.")
        logging.info("Loading pre-trained token embedding vectors from %s", path)
        flat, seen, unknown_vec, vec_len = [], set(), None, None
        with open(path, "r", encoding=encoding) as f:
            for line_num, line in enumerate(f, 1):
                elems = line.rstrip().split(elem_delim)
                if len(elems) < 2:
                    raise _AssertionError("At line %d of the pre-trained text embedding file: the data format of "
                                          "the pre-trained token embedding file %s is unexpected." % (line_num, path))
                token, vec = elems[0], [float(x) for x in elems[1:]]
                if token == self.unknown_token and unknown_vec is None:
                    unknown_vec = vec
                    seen.add(token)
                elif token in seen:
                    warnings.warn("At line %d of the pre-trained token embedding file: the embedding vector for "
                                  "token %s has been loaded and a duplicate embedding for the  same token is "
                                  "seen and skipped." % (line_num, token))
                elif len(vec) == 1:
                    warnings.warn("At line %d of the pre-trained text embedding file: token %s with "
                                  "1-dimensional vector %s is likely a header and is skipped." % (line_num, token, vec))
                else:
                    if vec_len is None:
                        vec_len = len(vec)
                        flat.extend([0.0] * vec_len)        # row 0: the unknown token
                    elif len(vec) != vec_len:
                        raise _AssertionError(
                            "At line %d of the pre-trained token embedding file: the dimension of token %s is %d "
                            "but the dimension of previous tokens is %d. Dimensions of all the tokens must be the "
                            "same." % (line_num, token, len(vec), vec_len))
                    flat.extend(vec)
                    self._token_to_idx[token] = len(self._idx_to_token)
                    self._idx_to_token.append(token)
                    seen.add(token)
        self._vec_len = vec_len
        # a file without vectors leaves vec_len None, and this reshape fails as MXNet's does
        self._idx_to_vec = _arrays().array(flat).reshape((-1, vec_len))
        if unknown_vec is None:
            init = init_unknown_vec(shape=vec_len)
            self._idx_to_vec[UNKNOWN_IDX] = init.as_np_ndarray() if is_np_array() else init
        else:
            self._idx_to_vec[UNKNOWN_IDX] = _arrays().array(unknown_vec)

    def _index_tokens_from_vocabulary(self, vocabulary):
        self._token_to_idx = dict(vocabulary.token_to_idx)
        self._idx_to_token = list(vocabulary.idx_to_token)
        self._unknown_token = vocabulary.unknown_token
        self._reserved_tokens = None if vocabulary.reserved_tokens is None else vocabulary.reserved_tokens[:]

    def _set_idx_to_vec_by_embeddings(self, token_embeddings, vocab_len, vocab_idx_to_token):
        """Rows for ``vocab_idx_to_token``: the embeddings' vectors side by side (unknown rows for unknown tokens)."""
        new_vec_len = sum(e.vec_len for e in token_embeddings)
        vecs = _arrays().zeros((vocab_len, new_vec_len))
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
                raise _AssertionError("The argument `vocabulary` must be an instance of "
                                      "mxnet.contrib.text.vocab.Vocabulary.")
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
        if is_np_array():
            from ... import numpy_extension as npx
            embedding = npx.embedding
        else:
            embedding = nd.Embedding
        vecs = embedding(_arrays().array(indices), self._idx_to_vec, self._idx_to_vec.shape[0],
                         self._idx_to_vec.shape[1])
        return vecs[0] if single else vecs

    def update_token_vectors(self, tokens, new_vectors):
        """Overwrite the vectors of known ``tokens`` with the rows of ``new_vectors``."""
        if self._idx_to_vec is None:
            raise _AssertionError("The property `idx_to_vec` has not been properly set.")
        if not isinstance(tokens, list) or len(tokens) == 1:
            if not (isinstance(new_vectors, nd.NDArray) and new_vectors.ndim in (1, 2)):
                raise _AssertionError("`new_vectors` must be a 1-D or 2-D NDArray if `tokens` is a singleton.")
            tokens = tokens if isinstance(tokens, list) else [tokens]
            if new_vectors.ndim == 1:
                new_vectors = _arrays().expand_dims(new_vectors, axis=0)
        elif not (isinstance(new_vectors, nd.NDArray) and new_vectors.ndim == 2):
            raise _AssertionError("`new_vectors` must be a 2-D NDArray if `tokens` is a list of multiple strings.")
        if new_vectors.shape != (len(tokens), self.vec_len):
            # MXNet's message runs "of" and "new_vectors" together
            raise _AssertionError("The length of new_vectors must be equal to the number of tokens and the width "
                                  "ofnew_vectors must be equal to the dimension of embeddings of the glossary.")
        indices = []
        for token in tokens:
            if token not in self._token_to_idx:
                raise _ValueError("Token %s is unknown. To update the embedding vector for an unknown token, please "
                                  "specify it explicitly as the `unknown_token` %s in `tokens`. This is to avoid "
                                  "unintended updates." % (token, self._idx_to_token[UNKNOWN_IDX]))
            indices.append(self._token_to_idx[token])
        self._idx_to_vec[_arrays().array(indices)] = new_vectors

    # ---- pre-trained files -------------------------------------------------------------------
    @classmethod
    def _check_pretrained_file_names(cls, pretrained_file_name):
        name = cls.__name__.lower()
        if pretrained_file_name not in cls.pretrained_file_name_sha1:
            raise _KeyError("Cannot find pretrained file %s for token embedding %s. Valid pretrained files for "
                            "embedding %s: %s" % (pretrained_file_name, name, name,
                                                  ", ".join(cls.pretrained_file_name_sha1)))

    @classmethod
    def _get_download_file_name(cls, pretrained_file_name):
        """The name of the file downloaded for ``pretrained_file_name`` (the file itself, or its archive)."""
        return pretrained_file_name

    @classmethod
    def _get_pretrained_file_url(cls, pretrained_file_name):
        # $MXNET_GLUON_REPO is joined as given: MXNet adds no '/' after it here (unlike its data sets)
        repo_url = os.environ.get("MXNET_GLUON_REPO", _APACHE_REPO_URL)
        return (f"{repo_url}gluon/embeddings/{cls.__name__.lower()}/"
                f"{cls._get_download_file_name(pretrained_file_name)}")

    @classmethod
    def _get_pretrained_file(cls, embedding_root, pretrained_file_name):
        """``<embedding_root>/<class name>/<file>``; when it is missing or not the published file, its archive
        is downloaded there (unless the published archive is there already) and unpacked over it."""
        from ...gluon.utils import check_sha1, download     # looked up when called: patches of gluon.utils apply
        url = cls._get_pretrained_file_url(pretrained_file_name)
        embedding_dir = os.path.join(os.path.expanduser(embedding_root), cls.__name__.lower())
        path = os.path.join(embedding_dir, pretrained_file_name)
        archive = os.path.basename(url)
        file_sha1 = cls.pretrained_file_name_sha1[pretrained_file_name]
        archive_sha1 = (cls.pretrained_archive_name_sha1[archive] if hasattr(cls, "pretrained_archive_name_sha1")
                        else file_sha1)
        if not os.path.exists(path) or not check_sha1(path, file_sha1):
            archive_path = os.path.join(embedding_dir, archive)
            download(url, archive_path, sha1_hash=archive_sha1)
            ext = os.path.splitext(archive)[1]
            if ext == ".zip":
                with zipfile.ZipFile(archive_path, "r") as zf:
                    zf.extractall(embedding_dir)
            elif ext == ".gz":
                with tarfile.open(archive_path, "r:gz") as tar:
                    tar.extractall(path=embedding_dir)
        return path


class _PretrainedEmbedding(_TokenEmbedding):
    """An embedding read from one of its published pre-trained files, found in or downloaded to
    ``embedding_root``."""

    def __init__(self, pretrained_file_name, embedding_root, init_unknown_vec, vocabulary, **kwargs):
        type(self)._check_pretrained_file_names(pretrained_file_name)
        super().__init__(**kwargs)
        path = type(self)._get_pretrained_file(embedding_root, pretrained_file_name)
        self._load_embedding(path, " ", init_unknown_vec)
        self._build_embedding_for_vocabulary(vocabulary)


@register
class GloVe(_PretrainedEmbedding):
    """The GloVe word vectors (https://nlp.stanford.edu/projects/glove/); the files of one corpus share an
    archive (glove.6B.zip holds glove.6B.50d.txt ... glove.6B.300d.txt)."""

    pretrained_archive_name_sha1 = GLOVE_ARCHIVE_SHA1
    pretrained_file_name_sha1 = GLOVE_FILE_SHA1

    @classmethod
    def _get_download_file_name(cls, pretrained_file_name):
        # the archive whose second dotted part (the corpus: 6B, 42B, 840B, twitter) is the file's
        by_corpus = {archive.split(".")[1]: archive for archive in GloVe.pretrained_archive_name_sha1}
        return by_corpus[pretrained_file_name.split(".")[1]]

    def __init__(self, pretrained_file_name="glove.840B.300d.txt",
                 embedding_root=os.path.join(data_dir(), "embeddings"),
                 init_unknown_vec=nd.zeros, vocabulary=None, **kwargs):
        super().__init__(pretrained_file_name, embedding_root, init_unknown_vec, vocabulary, **kwargs)


@register
class FastText(_PretrainedEmbedding):
    """The fastText word vectors (https://fasttext.cc/); each file comes in a .zip of its own name."""

    pretrained_archive_name_sha1 = FASTTEXT_ARCHIVE_SHA1
    pretrained_file_name_sha1 = FASTTEXT_FILE_SHA1

    @classmethod
    def _get_download_file_name(cls, pretrained_file_name):
        return ".".join(pretrained_file_name.split(".")[:-1]) + ".zip"

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
            # MXNet names the module 'indexer' here (and 'vocab' for the other embeddings)
            raise _AssertionError("The argument `vocabulary` must be an instance of "
                                  "mxnet.contrib.text.indexer.Vocabulary.")
        if not isinstance(token_embeddings, list):
            token_embeddings = [token_embeddings]
        for embed in token_embeddings:
            if not isinstance(embed, _TokenEmbedding):
                raise _AssertionError("The argument `token_embeddings` must be an instance or a list of instances "
                                      "of `mxnet.contrib.text.embedding.TextEmbedding` whose embedding vectors "
                                      "will beloaded or concatenated-then-loaded to map to the indexed tokens.")
        self._index_tokens_from_vocabulary(vocabulary)
        self._set_idx_to_vec_by_embeddings(token_embeddings, len(self), self.idx_to_token)


# the names MXNet's module shows, as its own imports
from ... import base  # noqa: E402,F401

from ...base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """FASTTEXT_ARCHIVE_SHA1 FASTTEXT_FILE_SHA1 GLOVE_ARCHIVE_SHA1 GLOVE_FILE_SHA1
    UNKNOWN_IDX data_dir error_like""".split())
