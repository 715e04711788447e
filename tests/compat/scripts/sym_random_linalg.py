# mx.sym.random and mx.sym.linalg: node names, attributes, shapes and types (values are random: not printed).
import json
import mxnet as mx

x = mx.sym.var('x')
y = mx.sym.var('y')
for s in [mx.sym.random.uniform(shape=(2,)), mx.sym.random.uniform(-1, 2, shape=(2, 3), dtype='float16'),
          mx.sym.random.normal(x, y, shape=(2,)), mx.sym.random.normal(loc=0, scale=1, shape=(2, 3)),
          mx.sym.random.randn(2, 3), mx.sym.random.poisson(3, shape=(4,)), mx.sym.random.exponential(2, shape=(2,)),
          mx.sym.random.gamma(2, 3, shape=(2,)), mx.sym.random.negative_binomial(3, 0.5, shape=(2,)),
          mx.sym.random.generalized_negative_binomial(2, 0.5, shape=(2,)), mx.sym.random.randint(0, 5, shape=(2,)),
          mx.sym.random.multinomial(x), mx.sym.random.multinomial(x, shape=3, get_prob=False),
          mx.sym.random.shuffle(x), mx.sym.random.uniform_like(x), mx.sym.random.normal_like(x, loc=1.0)]:
    node = json.loads(s.tojson())['nodes'][-1]
    print(s.name, node['op'], s.list_attr(), s.list_arguments(), s.list_outputs())
    shapes = {n: (2, 3) for n in s.list_arguments()}
    print(s.infer_shape(**shapes), s.infer_type(**{n: 'float32' for n in s.list_arguments()}))
try:
    mx.sym.random.uniform(x, 1)
except Exception as e:
    print(type(e).__name__)
try:
    mx.sym.random.uniform('a', 1)
except Exception as e:
    print(type(e).__name__)
a = mx.sym.var('a')
b = mx.sym.var('b')
for s in [mx.sym.linalg.gemm2(a, b, transpose_b=True), mx.sym.linalg.gemm(a, b, a, alpha=2.0),
          mx.sym.linalg.potrf(a), mx.sym.linalg.inverse(a), mx.sym.linalg.det(a), mx.sym.linalg.slogdet(a),
          mx.sym.linalg.syrk(a, alpha=0.5), mx.sym.linalg.sumlogdiag(a), mx.sym.linalg.extractdiag(a),
          mx.sym.linalg.gelqf(a), mx.sym.linalg.syevd(a), mx.sym.linalg.trsm(a, b)]:
    print(s.name, s.list_attr(), s.list_arguments(), s.list_outputs())
    print(s.infer_shape(**{n: (3, 3) for n in s.list_arguments()}))
A = mx.nd.array([[4.0, 2.0], [2.0, 3.0]])
print(mx.sym.linalg.gemm2(a, b).eval(a=A, b=A)[0].asnumpy().tolist())
print([o.asnumpy().round(4).tolist() for o in mx.sym.linalg.potrf(a).eval(a=A)])
print([o.asnumpy().round(4).tolist() for o in mx.sym.linalg.slogdet(a).eval(a=A)])
