"""Writing while recording into an array whose graph a backward freed (by out=, setitem or +=) is allowed, a retained graph or a variable still refused, as MXNet does."""
import numpy as np

import mxnet as mx
from mxnet import autograd
nd = mx.nd
def tryit(label, f):
    try:
        with autograd.record():
            f()
        print(label, 'ok')
    except mx.base.MXNetError as e:
        print(label, 'refused', str(e).strip().split('\n')[-1][:60])
x = nd.array(np.arange(6.).reshape(2,3)); x.attach_grad()
with autograd.record():
    a = nd.relu(x)
a.backward()
tryit('relu out=head', lambda: nd.relu(x, out=a))
with autograd.record():
    a, b = nd.split(x, num_outputs=2, axis=0)
a.backward()
tryit('sibling', lambda: nd.relu(x[0:1], out=b))
with autograd.record():
    a = nd.relu(x); c = a * 2
c.backward()
tryit('intermediate', lambda: nd.relu(x, out=a))
with autograd.record():
    a = nd.relu(x); c = a * 2
c.backward(retain_graph=True)
tryit('retained', lambda: nd.relu(x, out=a))
tryit('variable', lambda: nd.relu(x, out=x))
with autograd.record():
    a = nd.relu(x)
a.backward()
def setit(): a[:] = 1
tryit('setitem', setit)
with autograd.record():
    a = nd.relu(x)
a.backward()
def iadd():
    global a
    a += 1
tryit('iadd', iadd)
z = nd.ones((2,3))
with autograd.record():
    a = x * z
a.backward()
tryit('constant input', lambda: nd.relu(x, out=z))
