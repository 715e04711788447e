"""Pretrained model files are downloaded from $MXNET_GLUON_REPO (a local server here): retries, bad hashes, bad zips, success."""
import contextlib, hashlib, io, os, re, shutil, tempfile, zipfile
import numpy as np
import mxnet as mx
from mxnet.gluon.model_zoo import vision, model_store

from _http_repo import served, port, server as srv
root = tempfile.mkdtemp()
def clean(text):
    text = text.replace(root, 'ROOT').replace(port, 'PORT')
    text = re.sub(r'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'UUID', text)
    return re.sub(r'tmp[a-z0-9_]{8}', 'TMP', text)
def attempt(label, fn):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            r = fn()
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, str(e)[:150])
    print(label, '->', clean(str(r)))
    for line in buf.getvalue().splitlines():
        print('   |', clean(line)[:160])
    print('   files', clean(str(sorted(os.listdir(root)))))
def zipped(name, content):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        z.writestr(name, content)
    return b.getvalue()
os.environ['MXNET_GLUON_REPO'] = 'http://127.0.0.1:%s' % port
attempt('missing', lambda: model_store.get_model_file('resnet18_v1', root=root))
served['/gluon/models/resnet18_v1-a0666292.zip'] = zipped('resnet18_v1-a0666292.params', b'not the weights')
attempt('wrong hash', lambda: model_store.get_model_file('resnet18_v1', root=root))
attempt('again', lambda: model_store.get_model_file('resnet18_v1', root=root))
attempt('pretrained', lambda: vision.resnet18_v1(pretrained=True, root=root))
attempt('pretrained get_model', lambda: vision.get_model('alexnet', pretrained=True, root=os.path.join(root, 'sub')))
served['/gluon/models/vgg11-dd221b16.zip'] = zipped('other.params', b'x')
attempt('zip without the file', lambda: model_store.get_model_file('vgg11', root=root))
served['/gluon/models/vgg13-6bc5de58.zip'] = b'not a zip'
attempt('not a zip', lambda: model_store.get_model_file('vgg13', root=root))
attempt('unknown', lambda: model_store.get_model_file('resnet19_v1', root=root))
os.environ['MXNET_GLUON_REPO'] = 'http://127.0.0.1:%d/' % int(port)
attempt('slash', lambda: model_store.get_model_file('resnet18_v1', root=root))
attempt('purge', lambda: model_store.purge(root))

# a file with the table's hash is downloaded, unpacked and loaded
mx.random.seed(0)
source = vision.mobilenet0_25(classes=4)
source.initialize(mx.init.Xavier())
x = mx.nd.array(np.random.RandomState(0).uniform(-1, 1, (1, 3, 32, 32)))
source(x)
params = os.path.join(root, 'sub', 'saved')
source.save_parameters(params)
with open(params, 'rb') as f:
    content = f.read()
digest = hashlib.sha1(content).hexdigest()
model_store._model_sha1['mobilenet0.25'] = digest
served['/gluon/models/mobilenet0.25-%s.zip' % digest[:8]] = zipped('mobilenet0.25-%s.params' % digest[:8], content)
served['/elsewhere' + '/gluon/models/mobilenet0.25-%s.zip' % digest[:8]] = served['/gluon/models/mobilenet0.25-%s.zip' % digest[:8]]
attempt('good file', lambda: os.path.basename(model_store.get_model_file('mobilenet0.25', root=root)) == 'mobilenet0.25-%s.params' % digest[:8])
attempt('cached', lambda: model_store.get_model_file('mobilenet0.25', root=root).endswith(digest[:8] + '.params'))
os.environ['MXNET_GLUON_REPO'] = 'http://127.0.0.1:%d/elsewhere/' % int(port)
sub = os.path.join(root, 'fresh', 'models')
attempt('pretrained', lambda: (vision.mobilenet0_25(pretrained=True, root=sub, classes=4)(x) == source(x)).asnumpy().all())
attempt('pretrained again', lambda: (vision.get_model('mobilenet0.25', pretrained=True, root=sub, classes=4)(x) == source(x)).asnumpy().all())
attempt('files in sub', lambda: sorted(os.listdir(sub)))
attempt('ctx list', lambda: vision.mobilenet0_25(pretrained=True, root=sub, classes=4, ctx=[mx.cpu(0), mx.cpu(1)]).output.weight.list_ctx())
attempt('ctx cpu(2)', lambda: vision.get_model('mobilenet0.25', pretrained=True, root=sub, classes=4, ctx=mx.cpu(2)).output.bias.data().context)
attempt('other classes', lambda: vision.mobilenet0_25(pretrained=True, root=sub, classes=5))
attempt('prefix', lambda: vision.mobilenet0_25(pretrained=True, root=sub, classes=4, prefix='q_').output.bias.name)
srv.shutdown()
shutil.rmtree(root)
