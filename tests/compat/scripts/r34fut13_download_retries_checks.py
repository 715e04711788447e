"""gluon.utils.download checks retries as MXNet's assertion does (retries >= 0): a non-number fails with the '>=' comparison's TypeError, a negative count with its AssertionError, before anything is fetched."""
# recorded on AVX2
import tempfile
from mxnet.gluon import utils

folder = tempfile.mkdtemp()
for retries in ['a', None, -1, [1], 1.5j]:
    try:
        utils.download("http://127.0.0.1:9/x.txt", path=folder, retries=retries)
    except Exception as e:
        print(repr(retries), type(e).__name__, str(e))
