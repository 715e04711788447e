"""Executor gradients of a FullyConnected bias whose weight takes no gradient (the bias array keeps its data
where MXNet's float32 kernel computes the bias gradient only with the weight's)."""
# recorded on AVX2
import mxnet as mx

d = mx.sym.Variable("data")
for pre in ("data", "BlockGrad", "relu"):
    x = {"data": d, "BlockGrad": mx.sym.BlockGrad(d), "relu": mx.sym.relu(d)}[pre]
    y = mx.sym.MakeLoss(mx.sym.sum(mx.sym.FullyConnected(x, num_hidden=2, name="fc")))
    for want in (("fc_bias",), ("fc_bias", "data"), ("fc_bias", "fc_weight"), ("fc_weight",)):
        for req in ("write", "add"):
            for dtype in ("float32", "float64"):
                shapes = y.infer_shape(data=(2, 3))[0]
                args = {n: mx.nd.ones(s, dtype=dtype) * 0.5 for n, s in zip(y.list_arguments(), shapes)}
                grads = {n: mx.nd.ones(s, dtype=dtype) * 7 for n, s in zip(y.list_arguments(), shapes) if n in want}
                ex = y.bind(mx.cpu(), args, args_grad=grads, grad_req=req)
                ex.forward(is_train=True)
                ex.backward()
                print(pre, want, req, dtype, {k: v.asnumpy().ravel()[:3].tolist() for k, v in ex.grad_dict.items()
                                              if v is not None})
ex = y.simple_bind(mx.cpu(), grad_req={"fc_bias": "write", "data": "write"}, data=(2, 3))
for a in ex.arg_dict.values():
    a[:] = 0.5
for _ in range(2):
    ex.forward(is_train=True)
    ex.backward()
    print("simple_bind", {k: v.asnumpy().ravel()[:3].tolist() for k, v in ex.grad_dict.items() if v is not None})
