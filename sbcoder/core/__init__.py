"""sbcoder.core"""
