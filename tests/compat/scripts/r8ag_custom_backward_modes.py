"""is_train, req and the autograd scopes a Custom operator's forward and backward see, imperatively (record,
train_mode, predict), in bound executors of each grad_req, a Module and a Gluon block: the backward sees the
backward pass's train_mode."""
import mxnet as mx
from mxnet import autograd as ag, nd

LOG = []


class Op(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        LOG.append(("fwd", is_train, req, ag.is_recording(), ag.is_training()))
        self.assign(out_data[0], req[0], in_data[0] * 2)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        LOG.append(("bwd", req, ag.is_recording(), ag.is_training()))
        self.assign(in_grad[0], req[0], out_grad[0] * 2)


@mx.operator.register("r8ag_modes")
class Prop(mx.operator.CustomOpProp):
    def create_operator(self, ctx, shapes, dtypes):
        return Op()


class Net(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.Custom(x, op_type="r8ag_modes")


def flush(tag):
    nd.waitall()
    print(tag, LOG)
    del LOG[:]


x = nd.ones((2,))
x.attach_grad()
nd.Custom(x, op_type="r8ag_modes")
flush("plain")
for train_mode in (True, False):
    with ag.record(train_mode=train_mode):
        y = nd.Custom(x, op_type="r8ag_modes")
    y.backward()
    flush(f"record(train_mode={train_mode})")
with ag.record():
    y = nd.Custom(x, op_type="r8ag_modes")
y.backward(train_mode=False)
flush("backward(train_mode=False)")
with ag.train_mode():
    nd.Custom(x, op_type="r8ag_modes")
flush("train_mode without record")

s = mx.sym.Custom(mx.sym.var("d"), op_type="r8ag_modes")
for req in ("write", "add", "null"):
    ex = s.simple_bind(mx.cpu(), d=(2,), grad_req=req)
    ex.forward(is_train=True, d=nd.ones(2))
    ex.backward(nd.ones(2))
    flush("executor " + req)
    ex.forward(is_train=False)
    flush("executor eval " + req)
mod = mx.mod.Module(s, data_names=["d"], label_names=None)
mod.bind(data_shapes=[("d", (2,))], inputs_need_grad=True)
mod.init_params()
mod.forward(mx.io.DataBatch([nd.ones(2)]), is_train=True)
mod.backward([nd.ones(2)])
flush("module")
mod.forward(mx.io.DataBatch([nd.ones(2)]), is_train=False)
flush("module eval")

net = Net()
for hybridize in (False, True):
    if hybridize:
        net.hybridize()
    with ag.record():
        y = net(x)
    y.backward()
    flush(f"gluon hybridized={hybridize}")
net(x)
flush("gluon predict")
