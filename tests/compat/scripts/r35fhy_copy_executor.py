"""copy.deepcopy and pickle of a bound Executor refuse as its C handle does; a shallow copy shares it."""
# recorded on AVX2
import copy
import pickle
import mxnet as mx
from mxnet import nd


def attempt(what, f):
    try:
        print(what, 'ok', type(f()).__name__)
    except Exception as e:
        print(what, type(e).__name__, e)


a = mx.sym.var('a')
ex = (a * 2).bind(mx.cpu(), {'a': nd.ones(2)})
attempt('deepcopy bind', lambda: copy.deepcopy(ex))
attempt('pickle bind', lambda: pickle.dumps(ex))
twin = copy.copy(ex)
print(twin.forward()[0], twin.arg_dict['a'] is ex.arg_dict['a'])
sb = mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='fc').simple_bind(mx.cpu(), data=(1, 3))
attempt('deepcopy simple_bind', lambda: copy.deepcopy(sb))
attempt('pickle simple_bind', lambda: pickle.dumps(sb))
model = mx.model.FeedForward(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='fc'), num_epoch=1)
attempt('pickle FeedForward', lambda: pickle.dumps(model))
