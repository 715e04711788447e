"""gluon.utils.download and test_utils.download refuse URLs requests cannot fetch (no scheme, no host, not http) with requests' error classes and words, retrying as MXNet does."""
import os
import shutil
import tempfile

import mxnet as mx
from mxnet.gluon import utils


def show(label, fn):
    try:
        print(label, '|', fn())
    except Exception as e:
        print(label, '| EXC', type(e).__name__, str(e), '| ValueError:', isinstance(e, ValueError),
              '| IOError:', isinstance(e, IOError))


d = tempfile.mkdtemp()
here = os.getcwd()
os.chdir(d)     # files are named relative to it: the printed names do not change
urls = ['zzz://foo/bar', 'foo/bar.txt', 'ftp://x/y.bin', 'file:///etc/hostname', 'HTTP://', '://x/y', 'http:foo',
        'httpx://foo/a', 'https:///a', 'localhost:8000/a', 'http//foo']
for url in urls:
    show('gluon ' + url, lambda: utils.download(url, path='f', retries=2))
    show('test_utils ' + url, lambda: mx.test_utils.download(url, fname='f', retries=1))
show('retries=0', lambda: utils.download('zzz://foo/bar', path='f', retries=0))
show('no file name', lambda: utils.download('http://example.com/', path=None))
os.chdir(here)
shutil.rmtree(d)
