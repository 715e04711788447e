"""`mx.rnn`: the symbolic RNN cells and bucketing helpers of MXNet 1.x (being written)."""
