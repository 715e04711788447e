"""record/pause/train_mode/predict_mode nested two deep, set_recording/set_training return values and the
flag values they take, and a scope object reused."""
import itertools

import mxnet as mx
from mxnet import autograd
from _words import words

SCOPES = {"record": autograd.record, "record(False)": lambda: autograd.record(False), "pause": autograd.pause,
          "pause(True)": lambda: autograd.pause(True), "train_mode": autograd.train_mode,
          "predict_mode": autograd.predict_mode}


def state():
    return f"{int(autograd.is_recording())}{int(autograd.is_training())}"


for (na, a), (nb, b) in itertools.product(SCOPES.items(), repeat=2):
    with a():
        inside = state()
        with b():
            deeper = state()
        back = state()
    print(f"{na:>14} {nb:>14}: {inside} {deeper} {back} {state()}")

for value in (True, False, 1, 0, 2, -1, None, "a", 1.5, [], True):
    try:
        print("set_recording", repr(value), "->", autograd.set_recording(value), autograd.is_recording())
    except Exception as e:
        print("set_recording", repr(value), "->", words(e))
    try:
        print("set_training", repr(value), "->", autograd.set_training(value), autograd.is_training())
    except Exception as e:
        print("set_training", repr(value), "->", words(e))
autograd.set_recording(False)
autograd.set_training(False)

with autograd.record():
    with autograd.record():
        autograd.set_recording(False)
    print("changed by hand inside a nested record:", state())
print("after:", state())
scope = autograd.record()
with scope:
    with scope:
        print("reused inside itself:", state())
    print("reused, left once:", state())
print("reused, left twice:", state())
try:
    with autograd.record():
        raise ValueError("inside")
except ValueError:
    print("after an error inside:", state())
