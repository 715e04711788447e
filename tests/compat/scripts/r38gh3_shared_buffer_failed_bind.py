"""A simple_bind (or a bucket's bind) that fails leaves the shared buffer as it was: what grew is handed back only on success."""
import mxnet as mx


def shapes(buf):
    return sorted((k, v.shape) for k, v in buf.items())


def attempt(what, f):
    try:
        f()
        print(what, "ok")
    except Exception as e:
        print(what, type(e).__name__, str(e).split("\n")[0])


d, w = mx.sym.var("data"), mx.sym.var("w")
s = mx.sym.dot(d, w)
buf = {}
e1 = s.simple_bind(mx.cpu(), data=(2, 3), w=(3, 4), shared_buffer=buf)
print(shapes(buf))
for data, wshape, req in [((5, 3), (3, 5), "write"), ((6, 3), (3, 5), "null"), ((1, 3), (3, 5), "write"),
                          ((4, 3), (3, 4), "write"), ((7, 3), (3, 4), "null")]:
    attempt(f"bind data={data} w={wshape} {req}",
            lambda: s.simple_bind(mx.cpu(), grad_req=req, data=data, w=wshape, shared_buffer=buf, shared_exec=e1,
                                  shared_arg_names=["w"]))
    print(shapes(buf))


def sym_gen(n):
    fc = mx.sym.FullyConnected(mx.sym.var("data"), num_hidden=3, name="fc")
    return mx.sym.SoftmaxOutput(fc, mx.sym.var("softmax_label"), name="softmax"), ("data",), ("softmax_label",)


mod = mx.mod.BucketingModule(sym_gen, default_bucket_key=5)
mod.bind(data_shapes=[("data", (2, 5))], label_shapes=[("softmax_label", (2,))])
mod.init_params(mx.init.One())
group = mod._buckets[5]._exec_group
for key in [7, 3, 9, 5]:
    batch = mx.io.DataBatch([mx.nd.ones((2, key))], [mx.nd.array([0, 1])], bucket_key=key,
                            provide_data=[mx.io.DataDesc("data", (2, key))],
                            provide_label=[mx.io.DataDesc("softmax_label", (2,))])
    attempt(f"bucket {key}", lambda: mod.forward(batch, is_train=False))
    print(shapes(group.shared_data_arrays[0]), sorted(mod._buckets))
