"""amp_cast's gradient under 'write' and 'add' requests per source and target dtype (oneDNN's cast skips an 'add'), beside Cast's."""
import mxnet as mx

for target in ["int32", "float16", "float32", "uint8", "int8", "int64"]:
    for source in ["float32", "float16"]:
        for req in ["write", "add"]:
            row = []
            for op in [mx.nd.amp_cast, mx.nd.Cast]:
                x = mx.nd.array([-2.3421419, 0.6908344, 3.0], dtype=source)
                x.attach_grad(grad_req=req)
                x.grad[:] = 5
                try:
                    with mx.autograd.record():
                        y = op(x, dtype=target)
                    y.backward(mx.nd.array([1, 2, 3], dtype=target))
                    row.append("%s -> %s" % (y.asnumpy().tolist(), x.grad.asnumpy().tolist()))
                except mx.base.MXNetError as e:
                    row.append(type(e).__name__)
            print(target, source, req, " | ".join(row))

x = mx.nd.array([0.5, -1.25])
x.attach_grad(grad_req="add")
for target in ["float32", "float16", "int32"]:
    with mx.autograd.record():
        y = mx.nd.amp_cast(x * 2, dtype=target)
    y.backward(mx.nd.ones((2,), dtype=target))
    print("through x * 2 into", target, x.grad.asnumpy().tolist())
