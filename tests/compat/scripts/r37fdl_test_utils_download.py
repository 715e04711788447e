"""test_utils.download against a local server: file names, directories, logging lines, retries, 404 and refused
connections, and what stays on disk when a fetch fails (a file kept under overwrite=True)."""
import contextlib, io, os, shutil, tempfile, logging
import mxnet as mx
logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s', stream=__import__('sys').stdout)
from _http_repo import served, asked, port, server as srv
served.update({'/a/f.bin': b'hello'})
base = 'http://127.0.0.1:%s' % port
root = tempfile.mkdtemp(); os.chdir(root)
def clean(t): return str(t).replace(root, 'ROOT').replace(port, 'PORT')
def attempt(label, fn):
    buf = io.StringIO(); del asked[:]
    h = logging.getLogger().handlers[0]; h.stream = buf
    with contextlib.redirect_stdout(buf):
        try: r = fn()
        except BaseException as e:      # (requests' ConnectionError text names its objects' addresses: not shown)
            r = type(e).__name__ if type(e).__name__ == 'ConnectionError' else '%s: %s' % (type(e).__name__, str(e)[:100])
    print(label, '->', clean(r))
    for line in buf.getvalue().splitlines(): print('   |', clean(line)[:160] if 'ConnectionError' not in line else '(refused)')
    print('   asked', asked)
    for dirpath, _, files in sorted(os.walk(root)): print('   files', clean(dirpath), sorted(files), [open(os.path.join(dirpath, f),'rb').read() for f in sorted(files)])
D = mx.test_utils.download
attempt('plain', lambda: D(base + '/a/f.bin'))
attempt('again', lambda: D(base + '/a/f.bin'))
attempt('dirname', lambda: D(base + '/a/f.bin', dirname='d/e'))
attempt('fname+dirname', lambda: D(base + '/a/f.bin', fname='g.bin', dirname='d'))
attempt('404', lambda: D(base + '/nope', retries=2))
attempt('404 overwrite existing', lambda: D(base + '/nope', fname='f.bin', overwrite=True, retries=1))
attempt('refused', lambda: D('http://127.0.0.1:1/x', retries=2) and None)
attempt('retries 0', lambda: D(base + '/nope', retries=0))
attempt('retries -1', lambda: D(base + '/nope', retries=-1))
attempt('bad port', lambda: D('http://127.0.0.1:1x/y', retries=1))
srv.shutdown(); os.chdir('/'); shutil.rmtree(root)
