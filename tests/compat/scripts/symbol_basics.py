# mx.sym: arithmetic graphs, JSON, naming scopes, inference and evaluation.
import mxnet as mx

a = mx.sym.var('a')
b = mx.sym.var('b')
c = a + b * 2
print(c, c.list_arguments(), c.name)
print(c.tojson())
d = mx.sym.exp(a) * a - 1 / a
print(d.list_arguments(), d.list_outputs(), d.get_internals().list_outputs())
g = mx.sym.Group([c, d])
print(g, g.list_outputs(), len(g))
print(c.infer_shape(a=(2, 3), b=(2, 3)))
print(c.infer_shape_partial(a=(2, 3)))
print(c.infer_type(a='float32'))
with mx.name.Prefix('p_'):
    e = mx.sym.sqrt(a)
print(e.name)
v = mx.sym.var('data', shape=(1, 2), lr_mult=2)
print(v.list_attr(), v.attr('__shape__'))
ex = c.bind(mx.cpu(), {'a': mx.nd.array([1, 2]), 'b': mx.nd.array([3, 4])},
            args_grad={'a': mx.nd.zeros(2), 'b': mx.nd.zeros(2)})
out = ex.forward(is_train=True)
ex.backward(mx.nd.ones(2))
print(out[0], ex.grad_dict['a'], ex.grad_dict['b'])
print(c.eval(a=mx.nd.ones(2), b=mx.nd.ones(2))[0])
f = (a - b) ** 2
print(f.tojson())
h = mx.sym.load_json(f.tojson())
print(h.list_arguments(), h.eval(a=mx.nd.array([3.0]), b=mx.nd.array([1.0]))[0])
