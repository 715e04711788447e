"""gluon.utils.download and test_utils.download from a host that refuses connections: requests' ConnectionError, its
str and repr (urllib3's pool, path with query, cause) as printed by the retries, for http and https URLs."""
import contextlib, io, os, tempfile, shutil
import mxnet as mx
from mxnet.gluon import utils
root = tempfile.mkdtemp()
for url in ['http://127.0.0.1:1/x?q=1', 'https://127.0.0.1:1/', 'http://127.0.0.1:1', 'http://127.0.0.1:1/a/b#frag']:
    for fn in (lambda: utils.download(url, path=os.path.join(root, 'f'), retries=2), lambda: mx.test_utils.download(url, fname=os.path.join(root, 'g'), retries=2)):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            try: fn()
            except Exception as e: print('ERR', type(e).__name__, isinstance(e, OSError), repr(e)); print(str(e))
        print(buf.getvalue().replace(root, 'ROOT'))
shutil.rmtree(root)
