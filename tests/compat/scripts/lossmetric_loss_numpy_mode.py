# Random gluon.loss cases under npx.set_np() with mx.np arrays (the losses with a NumPy-mode path average over every
# axis but the first, whatever batch_axis says; the others refuse): values, gradients, error classes
import mxnet as mx

from _loss_cases import run_random

mx.npx.set_np()
run_random(5, 70, ["L2", "L1", "BCE", "SCE", "L2", "L1", "BCE", "SCE", "KL", "Huber", "Cosine", "SDML"], mx.np.array)
