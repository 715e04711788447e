"""A HybridBlock's infer_shape, infer_type and deferred initialization reset Python's once-per-place warning registry as MXNet's do: SymbolBlock.imports' dtype warning shows again after each."""
# recorded on AVX2
import os
import shutil
import tempfile
import warnings

import mxnet as mx
from mxnet import gluon, nd


def show(message, category, *_):
    print('  warning:', category.__name__, str(message).splitlines()[0])


warnings.showwarning = show
folder = tempfile.mkdtemp()
net = gluon.nn.Dense(2, prefix='d_')
net.initialize()
net.hybridize()
net(nd.ones((1, 3)))
net.export(os.path.join(folder, 'm'))


def imports(tag):
    print(tag)
    gluon.SymbolBlock.imports(os.path.join(folder, 'm-symbol.json'), ['data'], os.path.join(folder, 'm-0000.params'))


class Scaled(gluon.HybridBlock):
    def __init__(self):
        super().__init__()
        with self.name_scope():
            self.w = self.params.get('w', shape=(4, 0), allow_deferred_init=True)

    def hybrid_forward(self, F, x, w):
        return F.FullyConnected(x, w, no_bias=True, num_hidden=4)


imports('first')
imports('second')
n = gluon.nn.Dense(3)
n.initialize()
n.infer_shape(nd.ones((2, 4)))
imports('after infer_shape')
imports('again')
n = gluon.nn.Dense(3, in_units=4)
n.initialize()
n.infer_type(nd.ones((2, 4)))
imports('after infer_type')
n = gluon.nn.Dense(3)
n.initialize()
n.hybridize()
n(nd.ones((2, 4)))
imports('after a hybridized deferred init')
b = Scaled()
b.initialize()
b(nd.ones((2, 5)))
imports('after a custom block deferred init')
b = Scaled()
b.initialize()
b.hybridize()
b(nd.ones((2, 5)))
imports('after a custom hybridized block deferred init')
imports('again')
shutil.rmtree(folder)
