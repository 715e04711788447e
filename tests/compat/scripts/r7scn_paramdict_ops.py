# ParameterDict housekeeping from training scripts: select, update, setattr, zero_grad, reset_ctx, save/load prefixes
import os
import tempfile
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

net = nn.HybridSequential(prefix='model_')
with net.name_scope():
    net.add(nn.Dense(3, in_units=2), nn.Dense(1, in_units=3))
net.initialize(mx.init.Constant(0.5))
params = net.collect_params()
print(type(params).__name__, params.prefix, list(params.keys()))
print(params)
with autograd.record():
    out = net(nd.array([[1.0, -1.0]]))
out.backward()
print(net[0].weight.grad().asnumpy().tolist())
params.zero_grad()
print(net[0].weight.grad().asnumpy().sum())
params.setattr('wd_mult', 0.0)
print([p.wd_mult for p in params.values()])
params.reset_ctx([mx.cpu(0), mx.cpu(1)])
print(net[1].bias.list_ctx(), [d.asnumpy().tolist() for d in net[1].bias.list_data()])
params.reset_ctx(mx.cpu())
tmp = tempfile.mkdtemp()
f = os.path.join(tmp, 'p.params')
params.save(f, strip_prefix='model_')
print(sorted(nd.load(f).keys()))
net2 = nn.HybridSequential(prefix='other_')
with net2.name_scope():
    net2.add(nn.Dense(3, in_units=2), nn.Dense(1, in_units=3))
net2.collect_params().load(f, restore_prefix='other_')
print(net2(nd.array([[1.0, -1.0]])).asnumpy().tolist())
try:
    net2.collect_params().load(f)
except Exception as e:
    print(type(e).__name__)
pd = gluon.ParameterDict('extra_')
pd.get('scale', shape=(2,), init=mx.init.One())
pd.update(net2.collect_params())
print(sorted(pd.keys()))
pd.initialize(ctx=mx.cpu())
print(pd['extra_scale'].data().asnumpy().tolist())
try:
    pd.get('scale', shape=(3,))
except Exception as e:
    print(type(e).__name__, str(e)[:60])
const = pd.get_constant('table', nd.array([1.0, 2.0]))
print(const.grad_req, const.data().asnumpy().tolist() if const._data else None)
