# the symbol file written by HybridBlock.export, and names of ops traced inside name scopes
import json
import os
import tempfile
import warnings
import mxnet as mx
from mxnet import nd, gluon
from mxnet.gluon import nn

warnings.simplefilter('ignore')


class Net(gluon.HybridBlock):
    def __init__(self, **kw):
        super(Net, self).__init__(**kw)
        with self.name_scope():
            self.conv = nn.Conv2D(2, 3, in_channels=1)
            self.bn = nn.BatchNorm(in_channels=2)
            self.fc = nn.Dense(3, in_units=2 * 3 * 3, activation='relu')
            self.drop = nn.Dropout(0.5)

    def hybrid_forward(self, F, x):
        y = self.bn(self.conv(x))
        y = F.relu(y) + 1
        y = self.drop(self.fc(y))
        return F.softmax(y * 2, axis=-1)


net = Net()
net.initialize()
net.hybridize()
net(nd.ones((1, 1, 5, 5)))
d = tempfile.mkdtemp()
net.export(os.path.join(d, 'net'))
with open(os.path.join(d, 'net-symbol.json')) as f:
    js = json.load(f)
for node in js['nodes']:
    print(node['op'], node['name'], sorted(node.get('attrs', {}).items()), node['inputs'])
print(js['arg_nodes'], js['heads'])
print(sorted(nd.load(os.path.join(d, 'net-0000.params')).keys()))
s = net(mx.sym.var('data'))
print(s.list_arguments())
print(s.list_auxiliary_states())
print(s.list_outputs())
