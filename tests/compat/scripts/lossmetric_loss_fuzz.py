# Random gluon.loss cases (every loss, shapes 1-4-D, batch_axis, weight, sample_weight broadcasts, float16/32/64,
# hybridized or not): loss values and the gradients of every input, exactly; error classes for bad shapes
from mxnet import nd

from _loss_cases import run_random

run_random(7, 160, ["L2", "L1", "BCE", "SCE", "KL", "CTC", "Huber", "Hinge", "SqHinge", "Logistic", "Triplet", "Poisson",
                    "Cosine", "SDML"], nd.array)
