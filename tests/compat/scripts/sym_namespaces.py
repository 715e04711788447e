import mxnet as mx
x = mx.sym.var("x")
for name in ["to_tensor", "flip_left_right"]:
    s = getattr(mx.sym.image, name)(x)
    print(name, s.name, s.list_arguments(), s.infer_shape(x=(4, 5, 3))[1])
print(mx.sym.image.normalize(x, mean=(0.5,), std=(2.0,)).infer_shape(x=(3, 4, 5))[1])
r = mx.sym.image.resize(x, size=(2, 3))
print(r.name, r.infer_shape(x=(4, 5, 3))[1], r.attr_dict())
c = mx.sym.image.crop(x, x=0, y=1, width=2, height=2)
print(c.infer_shape(x=(4, 5, 3))[1])
print(mx.sym.op.FullyConnected is mx.sym.FullyConnected, mx.sym.op.Activation(x, act_type="relu").name)
print(sorted(n for n in dir(mx.sym.image) if not n.startswith("_")))
