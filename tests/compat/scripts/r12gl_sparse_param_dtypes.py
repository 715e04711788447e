"""A row_sparse parameter of float64 or float16 initialises through random draws of its own type, as in MXNet."""
import mxnet as mx

mx.random.seed(3)
for dtype in ("float64", "float16"):
    net = mx.gluon.contrib.nn.SparseEmbedding(6, 3, dtype=dtype)
    net.initialize()
    trainer = mx.gluon.Trainer(net.collect_params(), "sgd")
    out = net(mx.nd.array([1, 4]))
    print(dtype, out.dtype, out.asnumpy().tolist())
    if dtype == "float64":
        with mx.autograd.record():
            loss = net(mx.nd.array([0, 4])).sum()
        loss.backward()
        trainer.step(1)
        print(net.weight.row_sparse_data(mx.nd.array([0, 4])).asnumpy().tolist())

for stype in ("row_sparse", "csr"):
    for dtype in ("float64", "float16", "int32"):
        a = mx.nd.zeros((2, 3), dtype=dtype, stype=stype)
        try:
            mx.nd.random.normal(shape=(2, 3), out=a)
            print(stype, dtype, a.stype, a.dtype, a.asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(stype, dtype, "MXNetError", "Output type must be" in str(e))
