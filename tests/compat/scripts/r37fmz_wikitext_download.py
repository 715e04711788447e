"""WikiText2/103 download their archive from $MXNET_GLUON_REPO (a local server here) when the token file is missing:
retries on 404, a hash mismatch after the download, a published archive is not fetched again."""
import io, os, shutil, tempfile, zipfile
from mxnet.gluon.contrib.data.text import WikiText2, WikiText103

from _http_repo import served, port, server, attempt as _attempt
root = tempfile.mkdtemp()


def attempt(label, fn):
    _attempt(label, fn, root, 200)


b = io.BytesIO()
with zipfile.ZipFile(b, 'w') as z:
    z.writestr('wikitext-2/wiki.test.tokens', ' a b c \n\n b c d \n')
served['/gluon/dataset/wikitext-2/wikitext-2-v1.zip'] = b.getvalue()
os.environ['MXNET_GLUON_REPO'] = 'http://127.0.0.1:%d' % int(port)
attempt('103 missing', lambda: len(WikiText103(root=os.path.join(root, 'w103'), segment='validation')))
attempt('2 served, other hash', lambda: len(WikiText2(root=os.path.join(root, 'w2'), segment='test', seq_len=3)))
attempt('2 again', lambda: len(WikiText2(root=os.path.join(root, 'w2'), segment='test', seq_len=3)))
os.environ['MXNET_GLUON_REPO'] = 'http://127.0.0.1:%d/mirror/' % int(port)
attempt('2 mirror', lambda: len(WikiText2(root=os.path.join(root, 'w2'), segment='train')))
server.shutdown()
shutil.rmtree(root)
