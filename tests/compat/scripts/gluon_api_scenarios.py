# Gluon API corners found by side-by-side scenarios: warnings, assertion messages, modifier-cell states.
import os
import tempfile

import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn, rnn

from _attempt import attempt

# SymbolBlock.imports without a params file declares float32 inputs: nothing to warn about
tmp = tempfile.mkdtemp()
net = nn.HybridSequential(prefix="net_")
net.add(nn.Dense(4, in_units=3), nn.Dense(2))
net.initialize(mx.init.One())
net.hybridize()
net(nd.ones((2, 3)))
net.export(os.path.join(tmp, "m"), epoch=1)
attempt("imports with params", lambda: list(gluon.SymbolBlock.imports(
    os.path.join(tmp, "m-symbol.json"), ["data"], os.path.join(tmp, "m-0001.params")).collect_params().keys()))
attempt("imports without params", lambda: list(gluon.SymbolBlock.imports(
    os.path.join(tmp, "m-symbol.json"), "data").collect_params().keys()))

attempt("bad stype", lambda: gluon.Parameter("w", stype="foo"))
attempt("bad grad_stype", lambda: gluon.Parameter("w", grad_stype="dense"))
ds = gluon.data.SimpleDataset(list(range(10)))
attempt("shard out of range", lambda: ds.shard(3, 3))
attempt("shard of zero", lambda: ds.shard(0, 0))
attempt("shard ok", lambda: list(ds.shard(3, 2)))
attempt("shape_is_known negative", lambda: gluon.utils.shape_is_known((2, -1)))

# a modifier cell's begin_state makes symbols unless given func; unroll still runs on arrays
for make in (lambda: rnn.ZoneoutCell(rnn.LSTMCell(3)), lambda: rnn.ResidualCell(rnn.GRUCell(3)),
             lambda: gluon.contrib.rnn.VariationalDropoutCell(rnn.LSTMCell(3))):
    cell = make()
    cell.initialize(mx.init.One())
    attempt(type(cell).__name__ + " begin_state", lambda: [type(s).__name__ for s in cell.begin_state(batch_size=2)])
    attempt(type(cell).__name__ + " nd begin_state",
            lambda: [s.shape for s in cell.begin_state(batch_size=2, func=nd.zeros)])
    attempt(type(cell).__name__ + " unroll", lambda: cell.unroll(2, nd.ones((2, 2, 3)), merge_outputs=True)[0].shape)
seq = rnn.SequentialRNNCell()
seq.add(rnn.ZoneoutCell(rnn.GRUCell(2)))
seq.add(rnn.GRUCell(2))
attempt("sequential of modifier begin_state", lambda: [type(s).__name__ for s in seq.begin_state(batch_size=2)])

# begin_state's func gets each state's hidden __layout__ attribute, which MXNet's random operators ignore
cell = rnn.LSTMCell(3, input_size=2)
attempt("begin_state random", lambda: [(s.shape, s.dtype) for s in
                                       cell.begin_state(2, func=nd.random.uniform, low=0, high=1)])
attempt("begin_state normal", lambda: [s.shape for s in cell.begin_state(2, func=nd.random.normal)])

# a float16 Dense fails in its kernel: backward still runs, reading a gradient raises the kernel's error
dense = nn.Dense(2, in_units=2)
dense.initialize(mx.init.One())
dense.cast("float16")
with mx.autograd.record():
    loss = (dense(nd.ones((1, 2), dtype="float16")) * 2).sum()
attempt("fp16 backward", lambda: loss.backward())
try:
    dense.weight.grad().asnumpy()
    print("fp16 grad read -> no error")
except mx.base.MXNetError:
    print("fp16 grad read raises MXNetError")
nd.waitall()

# BatchNorm's positional arguments are MXNet's (no fuse_relu between use_global_stats and beta_initializer)
bn = nn.BatchNorm(1, 0.9, 1e-5, True, True, False, "ones", in_channels=2)
bn.initialize()
attempt("BatchNorm positional beta_initializer", lambda: bn.beta.data().asnumpy().tolist())
try:
    nn.BatchNorm(fuse_relu=True)
except TypeError:
    print("BatchNorm fuse_relu raises TypeError")

# pooling layers take MXNet's positional orders: ceil_mode before layout in MaxPool3D, AvgPool2D, AvgPool3D
x1, x2, x3 = nd.arange(10).reshape(1, 1, 10), nd.arange(50).reshape(1, 2, 5, 5), nd.arange(125).reshape(1, 1, 5, 5, 5)
for label, make, x in [("MaxPool1D", lambda: nn.MaxPool1D(3, 2, 1, "NCW", True), x1),
                       ("MaxPool3D", lambda: nn.MaxPool3D(3, 2, 1, True, "NCDHW"), x3),
                       ("AvgPool1D", lambda: nn.AvgPool1D(3, 2, 1, "NCW", True, False), x1),
                       ("AvgPool2D", lambda: nn.AvgPool2D(3, 2, 1, True, "NCHW", False), x2),
                       ("AvgPool3D", lambda: nn.AvgPool3D(3, 2, 1, True, "NCDHW", False), x3),
                       ("MaxPool2D count_include_pad", lambda: nn.MaxPool2D(count_include_pad=False), x2)]:
    attempt(label, lambda: (repr(make()), make()(x).shape, make()(x).sum().asscalar()))


# a frozen Dense weight: MXNet computes no bias gradient, yet the bias counts as reached (Trainer.step does not
# call it stale) and its buffer keeps what it held
dense = nn.Dense(3, in_units=2)
dense.initialize(mx.init.One())
dense.weight.grad_req = "null"
trainer = gluon.Trainer(dense.collect_params(), "sgd", {"learning_rate": 0.1})
with mx.autograd.record():
    loss = dense(nd.ones((2, 2))).sum()
loss.backward()
attempt("frozen weight step", lambda: trainer.step(1))
attempt("bias after step", lambda: dense.bias.data().asnumpy().tolist())

# a kvstore that is neither a KVStore, a str nor None fails when the Trainer first needs it
param = gluon.Parameter("a", shape=(2,))
param.initialize()
attempt("Trainer kvstore=5", lambda: gluon.Trainer([param], "sgd", kvstore=5).step(1))

# summary() runs the forward pass before it reads the inputs: no inputs fail as the forward does
dense = nn.Dense(2)
dense.initialize()
attempt("summary without inputs", lambda: dense.summary())

# gluon.utils.download checks its arguments before it looks for the file
with open(os.path.join(tmp, "have.txt"), "w") as f:
    f.write("hello")
attempt("download existing", lambda: os.path.basename(gluon.utils.download("http://127.0.0.1:9/have.txt", path=tmp)))
attempt("download retries=-1", lambda: gluon.utils.download("http://127.0.0.1:9/have.txt", path=tmp, retries=-1))
attempt("download verify_ssl=False",
        lambda: os.path.basename(gluon.utils.download("http://127.0.0.1:9/have.txt", path=tmp, verify_ssl=False)))
attempt("download no file name", lambda: gluon.utils.download("http://127.0.0.1:9/dir/"))
