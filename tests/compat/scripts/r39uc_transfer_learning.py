"""Transfer learning as users write it: export a model-zoo net, reimport it as a SymbolBlock, cut a feature block from its internals, freeze it under a new head, and fine-tune a reloaded net with a replaced output and lr_mult, with MXNet losses."""
# recorded on AVX2
import mxnet as mx, numpy as np, os, tempfile
from mxnet import nd, gluon, autograd
from mxnet.gluon.model_zoo import vision
TMP = tempfile.mkdtemp()
mx.random.seed(50); np.random.seed(50)
base = vision.get_model('mobilenet0.25', classes=10); base.initialize(mx.init.Xavier()); base.hybridize()
x = nd.random.uniform(shape=(2, 3, 32, 32)); base(x)
base.export(os.path.join(TMP, 'base'))
sb = gluon.SymbolBlock.imports(os.path.join(TMP, 'base-symbol.json'), ['data'], os.path.join(TMP, 'base-0000.params'))
print(len(list(sb.collect_params().keys())), sorted(sb.collect_params().keys())[:3])
sym = sb(mx.sym.var('data'))
internals = sym.get_internals()
feat_name = [n for n in internals.list_outputs() if n.endswith('flatten0_flatten0') or 'pool' in n][-1]
print(feat_name)
feat = gluon.SymbolBlock(internals[feat_name], mx.sym.var('data'), params=sb.collect_params())
net = gluon.nn.HybridSequential()
net.add(feat, gluon.nn.Flatten(), gluon.nn.Dense(3))
net[2].initialize(mx.init.Xavier())
feat.collect_params().setattr('grad_req', 'null')
net.hybridize()
tr = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9})
y = nd.array([0, 2]); L = gluon.loss.SoftmaxCELoss()
for i in range(3):
    with autograd.record():
        l = L(net(x), y)
    l.backward(); tr.step(2)
    print(i, l.asnumpy())
print(net[2].weight.data()[0, :5])
finetune = vision.get_model('mobilenet0.25', classes=10)
base.save_parameters(os.path.join(TMP, 'b.params'))
finetune.load_parameters(os.path.join(TMP, 'b.params'))
with finetune.name_scope():
    finetune.output = gluon.nn.Dense(4)
finetune.output.initialize(mx.init.Xavier())
finetune.features.collect_params().setattr('lr_mult', 0.1)
finetune.hybridize()
tr2 = gluon.Trainer(finetune.collect_params(), 'adam', {'learning_rate': 0.01})
for i in range(2):
    with autograd.record():
        l = L(finetune(x), y)
    l.backward(); tr2.step(2)
    print('ft', i, l.asnumpy())
print(finetune.output.weight.shape, finetune.output.prefix)
