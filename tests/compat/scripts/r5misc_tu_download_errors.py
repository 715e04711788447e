import os
import tempfile
import mxnet as mx

os.chdir(tempfile.mkdtemp())
for url, kw in [('x.txt', {}), ('file:///nonexistent/y.txt', {}), ('ftp://example.invalid/z', {}),
                ('http://127.0.0.1:9/w.txt', {'retries': 1})]:
    try:
        mx.test_utils.download(url, **kw)
    except Exception as e:
        print(url, type(e).__name__, isinstance(e, (OSError, ValueError)))
try:
    mx.test_utils.download('x', retries=-1)
except AssertionError as e:
    print('retries -1', type(e).__name__, e)
