"""gluon.utils.download against a local server: file names from the URL or path, a directory path, overwrite, SHA-1
checks, retries (0, 1, -1), verify_ssl=False; _get_repo_url/_get_repo_file_url with and without MXNET_GLUON_REPO."""
import contextlib, io, os, shutil, tempfile, warnings, hashlib
from mxnet.gluon import utils

from _http_repo import served, asked, port, server as srv
served.update({'/a/f.bin': b'hello', '/a/': b'dir'})
base = 'http://127.0.0.1:%s' % port
root = tempfile.mkdtemp()
os.chdir(root)
def clean(t): return str(t).replace(root, 'ROOT').replace(port, 'PORT')
def attempt(label, fn):
    buf = io.StringIO(); del asked[:]
    with contextlib.redirect_stdout(buf), warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try: r = fn()
        except BaseException as e: r = '%s: %s' % (type(e).__name__, str(e)[:160])
    print(label, '->', clean(r))
    for line in buf.getvalue().splitlines(): print('   |', clean(line)[:160])
    for x in w: print('   warn', x.category.__name__, clean(x.message))
    print('   asked', asked)
    for dirpath, _, files in sorted(os.walk(root)): print('   files', clean(dirpath), sorted(files))
good = hashlib.sha1(b'hello').hexdigest()
attempt('path None', lambda: utils.download(base + '/a/f.bin'))
attempt('path None again', lambda: utils.download(base + '/a/f.bin'))
attempt('overwrite', lambda: utils.download(base + '/a/f.bin', overwrite=True))
attempt('url ends /', lambda: utils.download(base + '/a/'))
attempt('into dir', lambda: utils.download(base + '/a/f.bin', path=root))
attempt('into new file path', lambda: utils.download(base + '/a/f.bin', path=os.path.join(root, 'x', 'y', 'g.bin'), sha1_hash=good))
attempt('good sha1 exists', lambda: utils.download(base + '/a/f.bin', path=os.path.join(root, 'x', 'y', 'g.bin'), sha1_hash=good))
attempt('bad sha1', lambda: utils.download(base + '/a/f.bin', path='z.bin', sha1_hash='0' * 40, retries=2))
attempt('retries 0', lambda: utils.download(base + '/nope', retries=0))
attempt('retries 1', lambda: utils.download(base + '/nope', retries=1))
attempt('retries -1', lambda: utils.download(base + '/nope', retries=-1))
attempt('verify_ssl False', lambda: utils.download(base + '/a/f.bin', path='v.bin', verify_ssl=False))
attempt('sha1 upper', lambda: utils.download(base + '/a/f.bin', path='u.bin', sha1_hash=good.upper(), retries=1))
print(utils.check_sha1(os.path.join(root, 'f.bin'), good), utils.check_sha1(os.path.join(root, 'f.bin'), good.upper()))
os.environ['MXNET_GLUON_REPO'] = 'http://x/y'
print(utils._get_repo_url(), utils._get_repo_file_url('ns/a', 'f.zip'))
del os.environ['MXNET_GLUON_REPO']
print(utils._get_repo_url(), utils._get_repo_file_url('ns', 'f'))
srv.shutdown(); os.chdir('/'); shutil.rmtree(root)
