"""Language-model text data sets (WikiText-2, WikiText-103), read from token files on disk or downloaded."""
import os
import zipfile

import numpy as np

from ....base import data_dir
from ....contrib import text
from ....ndarray import creation
from ...data.dataset import Dataset
from ...utils import _get_repo_file_url, check_sha1, download

__all__ = ["WikiText2", "WikiText103"]

EOS_TOKEN = "<eos>"


class _WikiText(Dataset):
    """Sequences of ``seq_len`` token indices and the same sequences shifted by one token as labels."""

    _namespace = None      # the data set's folder in the repository
    _archive = None        # the archive downloaded there, holding wiki.<segment>.tokens
    _files = {"train": "wiki.train.tokens", "validation": "wiki.valid.tokens", "test": "wiki.test.tokens"}
    _sha1 = {}             # file name -> SHA-1 of the published file (MXNet uses no other)

    def __init__(self, root, segment, vocab, seq_len):
        self._root = os.path.expanduser(root)
        self._segment = segment
        self._vocab = vocab
        self._counter = None
        self._seq_len = seq_len
        if not os.path.isdir(self._root):
            os.makedirs(self._root)
        self._get_data()

    @property
    def vocabulary(self):
        """The Vocabulary the tokens are indexed with (built from the segment's counts when none was given)."""
        return self._vocab

    @property
    def frequencies(self):
        """The token counts of the segment (a Counter)."""
        return self._counter

    def _published(self, name):
        """Whether ``root/name`` is there with the published SHA-1."""
        path = os.path.join(self._root, name)
        return os.path.isfile(path) and check_sha1(path, self._sha1[name])

    def _token_file(self):
        """The segment's token file, unpacked from the archive (downloaded unless a published copy is in root)
        when the file there is missing or not the published one."""
        path = os.path.join(self._root, self._files[self._segment])
        if self._published(self._files[self._segment]):
            return path
        url = _get_repo_file_url("gluon/dataset/" + self._namespace, self._archive)
        archive = download(url, path=self._root, sha1_hash=self._sha1[self._archive])
        with zipfile.ZipFile(archive) as zf:        # flattened, as MXNet unpacks the archive
            for member in zf.namelist():
                name = os.path.basename(member)
                if name:
                    with open(os.path.join(self._root, name), "wb") as out:
                        out.write(zf.read(member))
        return path

    def _get_data(self):
        with open(self._token_file(), "r", encoding="utf8") as f:
            content = f.read()
        self._counter = text.utils.count_tokens_from_str(content)
        if self._vocab is None:
            self._vocab = text.vocab.Vocabulary(counter=self._counter, reserved_tokens=[EOS_TOKEN])
        tokens = [tok for line in content.splitlines() for tok in line.split() + [EOS_TOKEN] if line.split()]
        ids = np.array(self._vocab.to_indices(tokens), dtype=np.int32)
        usable = (len(ids) - 1) // self._seq_len * self._seq_len
        self._data = creation.array(ids[:-1][:usable], dtype=np.int32).reshape((-1, self._seq_len))
        self._label = creation.array(ids[1:][:usable], dtype=np.int32).reshape((-1, self._seq_len))

    def __getitem__(self, idx):
        return self._data[idx], self._label[idx]

    def __len__(self):
        return len(self._label)


class WikiText2(_WikiText):
    """WikiText-2 for word-level language modelling: samples of ``seq_len`` token indices and their next tokens.

    Every line ends with an '<eos>' token. ``root`` (default $MXNET_HOME/datasets/wikitext-2) holds the
    wiki.train.tokens / wiki.valid.tokens / wiki.test.tokens files; when the one needed is missing (or not the
    published file) wikitext-2-v1.zip is downloaded there (from $MXNET_GLUON_REPO) and unpacked. ``segment`` is
    'train', 'validation' or 'test'; ``vocab`` (a contrib.text Vocabulary) defaults to one built from the segment.
    """

    _namespace = "wikitext-2"
    _archive = "wikitext-2-v1.zip"
    _sha1 = {"wikitext-2-v1.zip": "3c914d17d80b1459be871a5039ac23e752a53cbe",
             "wiki.train.tokens": "863f29c46ef9d167fff4940ec821195882fe29d1",
             "wiki.valid.tokens": "0418625c8b4da6e4b5c7a0b9e78d4ae8f7ee5422",
             "wiki.test.tokens": "c7b8ce0aa086fb34dab808c5c49224211eb2b172"}

    def __init__(self, root=os.path.join(data_dir(), "datasets", "wikitext-2"), segment="train", vocab=None,
                 seq_len=35):
        super().__init__(root, segment, vocab, seq_len)


class WikiText103(_WikiText):
    """WikiText-103, as WikiText2 (default root $MXNET_HOME/datasets/wikitext-103, archive wikitext-103-v1.zip)."""

    _namespace = "wikitext-103"
    _archive = "wikitext-103-v1.zip"
    _sha1 = {"wikitext-103-v1.zip": "0aec09a7537b58d4bb65362fee27650eeaba625a",
             "wiki.train.tokens": "b7497e2dfe77e72cfef5e3dbc61b7b53712ac211",
             "wiki.valid.tokens": "c326ac59dc587676d58c422eb8a03e119582f92b",
             "wiki.test.tokens": "8a5befc548865cec54ed4273cf87dbbad60d1e47"}

    def __init__(self, root=os.path.join(data_dir(), "datasets", "wikitext-103"), segment="train", vocab=None,
                 seq_len=35):
        super().__init__(root, segment, vocab, seq_len)


# the names MXNet's module shows, as its own imports
import shutil  # noqa: E402,F401
from .... import base, ndarray as nd  # noqa: E402,F401
from ....gluon.data import dataset  # noqa: E402,F401

from ....base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """Dataset EOS_TOKEN creation data_dir""".split())
