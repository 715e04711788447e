"""An empty MXNET_GLUON_REPO: the repository URL helpers, data sets and the model zoo fail indexing it (IndexError) before
any download, while contrib.text embeddings (which join it as given) ask for a URL without a scheme."""
import contextlib, io, os, tempfile, shutil
os.environ['MXNET_GLUON_REPO'] = ''
import mxnet as mx
from mxnet.gluon import utils
from mxnet.contrib import text
root = tempfile.mkdtemp()
def attempt(label, fn):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try: r = fn()
        except Exception as e: r = '%s: %s' % (type(e).__name__, str(e).replace(root, 'ROOT'))
    print(label, '->', r, buf.getvalue().count('Downloading'), sorted(os.listdir(root)))
attempt('repo url', utils._get_repo_url)
attempt('repo file url', lambda: utils._get_repo_file_url('a', 'b'))
attempt('mnist', lambda: mx.gluon.data.vision.MNIST(os.path.join(root, 'm')))
attempt('cifar', lambda: mx.gluon.data.vision.CIFAR10(os.path.join(root, 'c')))
attempt('wikitext', lambda: mx.gluon.contrib.data.text.WikiText2(os.path.join(root, 'w')))
attempt('model', lambda: mx.gluon.model_zoo.vision.alexnet(pretrained=True, root=os.path.join(root, 'z')))
attempt('glove', lambda: text.embedding.GloVe('glove.6B.50d.txt', embedding_root=os.path.join(root, 'g')))
shutil.rmtree(root)
